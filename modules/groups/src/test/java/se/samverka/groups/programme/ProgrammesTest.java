package se.samverka.groups.programme;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.core.testing.AuditTrail;
import se.samverka.platform.core.testing.TenantIsolation;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

class ProgrammesTest {

    static Programmes programmes() {
        return TestPortal.bean(Programmes.class);
    }

    @Test
    void anOfficerCreatesAProgrammeRunByAPartnerAndTheAuditSaysWhatWasSet() {
        Programme busa = as(officer(ORUST), ORUST, () -> {
            PartnerOrganisation junis = TestPortal.partner(TestPortal.alias("junis"));
            return programmes().create(TestGroups.programme("Klubb BUSA " + TestPortal.alias("p"), junis.id()));
        });

        assertThat(busa.kind()).isEqualTo(ProgrammeKind.SUPPORT_GROUP);
        assertThat(busa.targetSituations()).containsExactly(TargetSituation.ADDICTION, TargetSituation.MENTAL_ILLNESS);
        assertThat(busa.updatedBy()).isEqualTo("officer.orust");
        AuditTrail.assertRecorded(TestPortal.shared(), Programme.RECORD_TYPE, busa.id(), ORUST, "officer.orust", "create",
                "name", "kind", "methodMaterial");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        as(officer(ORUST), ORUST, () -> {
            assertThatThrownBy(() -> programmes().create(TestGroups.programme(" ", null)))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("name"));
            ProgrammeDetails noSituation = new ProgrammeDetails("X " + TestPortal.alias("s"), null, ProgrammeKind.SUPPORT_GROUP,
                    EnumSet.noneOf(TargetSituation.class), null, null, null, null, null);
            assertThatThrownBy(() -> programmes().create(noSituation))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("targetSituations"));
            ProgrammeDetails badAges = new ProgrammeDetails("Y " + TestPortal.alias("a"), null, ProgrammeKind.SUPPORT_GROUP,
                    EnumSet.of(TargetSituation.GRIEF), 13, 7, null, null, null);
            assertThatThrownBy(() -> programmes().create(badAges))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("ageTo"));
            ProgrammeDetails notAnAgreement = new ProgrammeDetails("Z " + TestPortal.alias("z"), null,
                    ProgrammeKind.SUPPORT_GROUP, EnumSet.of(TargetSituation.GRIEF), null, null, null, null, "alpha:note:1");
            assertThatThrownBy(() -> programmes().create(notAnAgreement))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("agreement"));
            ProgrammeDetails missingAgreement = new ProgrammeDetails("W " + TestPortal.alias("w"), null,
                    ProgrammeKind.SUPPORT_GROUP, EnumSet.of(TargetSituation.GRIEF), null, null, null, null,
                    "agreements:agreement:999999");
            assertThatThrownBy(() -> programmes().create(missingAgreement)).as("agreements is not installed here: no such record")
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("agreement"));
            String name = "Samtal om livet " + TestPortal.alias("n");
            programmes().create(TestGroups.programme(name, null));
            assertThatThrownBy(() -> programmes().create(TestGroups.programme(name, null)))
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("groups.programme.name-taken"));
        });
    }

    @Test
    void aSecondSaveOnAnOldVersionIsRefusedNamingWhoChangedIt() {
        Programme created = as(officer(ORUST), ORUST, () -> programmes().create(TestGroups.programme("P " + TestPortal.alias("v"), null)));
        as(officer(ORUST), ORUST, () -> programmes().update(created.id(), created.version(), created.details()));

        assertThatThrownBy(() -> as(officer(ORUST), ORUST, () -> programmes().update(created.id(), created.version(), created.details())))
                .isInstanceOfSatisfying(StaleRecord.class, stale -> assertThat(stale.changedBy()).contains("officer.orust"));
    }

    @Test
    void aPartnerSeesTheProgrammesItRunsAndNothingElseAndChangesNoProgramme() {
        String junis = TestPortal.alias("junis");
        String varsol = TestPortal.alias("varsol");
        Programme[] made = as(officer(REGION), REGION, () -> new Programme[]{
                programmes().create(TestGroups.programme("Junis " + junis, TestPortal.partner(junis).id())),
                programmes().create(TestGroups.programme("Vårsol " + varsol, TestPortal.partner(varsol).id())),
                programmes().create(TestGroups.programme("Regionens egen " + varsol, null))});

        assertThat(as(partner(junis, REGION), REGION, () -> programmes().search(ProgrammeSearch.ALL, Pageable.from(0, 100))
                .getContent())).extracting(Programme::id).containsExactly(made[0].id());
        assertThat(as(partner(junis, REGION), REGION, () -> programmes().find(made[1].id()))).isEmpty();
        assertThat(as(partner(junis, REGION), REGION, () -> programmes().find(made[2].id()))).as("the tenant's own").isEmpty();
        assertThat(as(partner(junis, REGION, ORUST), ORUST, () -> programmes().search(ProgrammeSearch.ALL, Pageable.from(0, 100))
                .getContent())).as("a tenant where it runs nothing").isEmpty();
        assertThat(as(reader(REGION), REGION, () -> programmes().search(new ProgrammeSearch(null, junis), Pageable.from(0, 100))
                .getContent())).extracting(Programme::id).containsExactly(made[0].id());
        assertThatThrownBy(() -> as(partner(junis, REGION), REGION, () -> programmes().update(made[0].id(), made[0].version(),
                made[0].details()))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> as(partner(junis, REGION), REGION, () -> programmes().update(made[1].id(), made[1].version(),
                made[1].details()))).as("another's is not there").isInstanceOf(RecordNotFound.class);
    }

    @Test
    void anotherTenantsProgrammeIsNotThere() {
        Programme inOrust = as(officer(ORUST), ORUST, () -> programmes().create(TestGroups.programme("O " + TestPortal.alias("o"), null)));

        assertThat(as(officer(REGION), REGION, () -> programmes().find(inOrust.id()))).isEmpty();
        TenantIsolation.assertIsolated(TestPortal.bean(ProgrammeRepository.class), inOrust.id(), Programme::id, ORUST, REGION,
                p -> p.with(p.details(), p.updatedAt(), "attacker"));
    }
}
