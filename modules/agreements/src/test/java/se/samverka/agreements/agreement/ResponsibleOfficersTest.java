package se.samverka.agreements.agreement;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.deadlines.DirectoryPortals;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.testkit.PortalTestServer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.deadlines.DirectoryPortals.as;
import static se.samverka.agreements.deadlines.DirectoryPortals.column;

/** Responsible case officers: chosen among the tenant's officers, changed from what was seen, behind "my agreements". */
class ResponsibleOfficersTest {

    static final String TENANT = "orust";

    @Test
    void anOfficerIsChosenFromTheDirectoryAndTheirAgreementsAreTheirs() {
        PortalTestServer portal = DirectoryPortals.first();
        AgreementDetails mine = DirectoryPortals.activeAgreementWith(TENANT, "junis");
        AgreementDetails notMine = DirectoryPortals.activeAgreementWith(TENANT, "junis");
        PortalUser officer = DirectoryPortals.officer(TENANT);
        ResponsibleOfficers officers = portal.bean(ResponsibleOfficers.class);

        assertThat(as(officer, TENANT, officers::candidates)).extracting(p -> p.username()).contains("officer.orust")
                .doesNotContain("reader.orust", "partner.junis");
        assertThat(as(officer, TENANT, () -> officers.assign(mine.id(), List.of(), List.of("officer.orust"))))
                .containsExactly("officer.orust");

        Agreements agreements = portal.bean(Agreements.class);
        AgreementSearch myAgreements = new AgreementSearch(null, null, null, null, null, true);
        assertThat(as(officer, TENANT, () -> agreements.search(myAgreements, Pageable.from(0, 50))).getContent())
                .extracting(Agreement::id).contains(mine.id()).doesNotContain(notMine.id());
        assertThat(as(officer, TENANT, () -> agreements.count(myAgreements)))
                .isEqualTo(Long.parseLong(column("SELECT COUNT(*) FROM agreements_responsible WHERE tenant_id = ? AND username = ?",
                        TENANT, "officer.orust").get(0)));
        assertThat(column("SELECT changes FROM audit_entry WHERE tenant_id = ? AND action = 'responsible' AND record_id = ?",
                TENANT, String.valueOf(mine.id()))).singleElement().asString().contains("Handläggare Orust kommun (demo)");
    }

    @Test
    void someoneWhoIsNotAnOfficerIsRefusedAtTheFieldAndAChangeMadeMeanwhileIsNotOverwritten() {
        PortalTestServer portal = DirectoryPortals.first();
        AgreementDetails agreement = DirectoryPortals.activeAgreementWith(TENANT, "junis");
        PortalUser officer = DirectoryPortals.officer(TENANT);
        ResponsibleOfficers officers = portal.bean(ResponsibleOfficers.class);

        assertThatThrownBy(() -> as(officer, TENANT, () -> officers.assign(agreement.id(), List.of(), List.of("reader.orust"))))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).contains("responsible"));
        as(officer, TENANT, () -> officers.assign(agreement.id(), List.of(), List.of("officer.orust")));
        assertThatThrownBy(() -> as(officer, TENANT, () -> officers.assign(agreement.id(), List.of(), List.of())))
                .as("chosen from a view that did not show the officer chosen meanwhile").isInstanceOf(StaleRecord.class);
        assertThat(as(officer, TENANT, () -> officers.of(agreement.id()))).containsExactly("officer.orust");
    }
}
