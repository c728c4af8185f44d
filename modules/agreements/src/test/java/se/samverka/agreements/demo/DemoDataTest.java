package se.samverka.agreements.demo;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.AgreementSort;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.history.AgreementHistory;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.tenant.TenantWork;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default's demo data: the agreements of the sources, created once, whatever the number of starts. */
class DemoDataTest {

    static final List<String> TABLES = List.of("partner_organisation", "agreements_agreement", "agreements_party",
            "agreements_commitment", "agreements_signatory", "agreements_contribution", "agreements_status_change",
            "agreements_version", "agreements_meeting", "agreements_indicator", "agreements_reporting_period",
            "agreements_report", "agreements_report_figure");

    @Test
    void theDemoAgreementsAreCreatedAtTheFirstStartAndNotAgainAtTheSecond() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Long> afterFirst;
            try (PortalTestServer portal = PortalTestServer.startOn(database, PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of())) {
                afterFirst = rowsPerTable(database);
                assertTheSourcesAgreements(portal);
            }
            try (PortalTestServer again = PortalTestServer.startOn(database, PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of())) {
                assertThat(rowsPerTable(database)).isEqualTo(afterFirst);
                assertTheSourcesAgreements(again);
            }
        }
    }

    @Test
    void theEmbeddedDefaultOnH2InMySqlModeHasThemToo() {
        try (PortalTestServer portal = PortalTestServer.start(PortalTestServer.repositoryTenantsWith(AgreementsModule.ID), Map.of(
                "datasources.default.url", "jdbc:h2:mem:agreements_demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", ""))) {
            assertTheSourcesAgreements(portal);
        }
    }

    @Test
    void withoutDemoUsersThereIsNoDemoData() {
        // the module's data is declared, but the platform runs demo data only with demo users on
        assertThat(TestPortal.shared().context().containsBean(AgreementsDemoData.class)).isTrue();
        assertThat(TestPortal.shared().context().containsBean(se.samverka.platform.core.jobs.DemoDataRunner.class)).isFalse();
    }

    static void assertTheSourcesAgreements(PortalTestServer portal) {
        Agreements agreements = portal.bean(Agreements.class);
        TenantWork tenants = portal.bean(TenantWork.class);
        assertThat(tenants.isModuleEnabled("orust", "agreements")).as("enabled by the tenant file").isTrue();

        List<Agreement> orust = as(portal, "orust", () -> agreements.search(AgreementSearch.ALL, Pageable.from(0, 10)).getContent());
        assertThat(orust).singleElement().satisfies(agreement -> {
            assertThat(agreement.registryNumber()).isEqualTo("KS/2024:2095");
            assertThat(agreement.title()).contains("Orust kommun och Junis Göteborg och Bohusläns distrikt");
            assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
            assertThat(agreement.periodStart()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(agreement.periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(agreement.renewalNoticeMonths()).isEqualTo(6);
            assertThat(agreement.renewalTalksStart()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(agreement.minimumMeetingsPerYear()).isEqualTo(2);
            assertThat(agreement.decision()).hasValueSatisfying(d -> assertThat(d.registryNumber()).isEqualTo("KS/2024:2095"));
        });
        long orustId = orust.get(0).id();
        assertThat(as(portal, "orust", () -> agreements.search(new AgreementSearch(AgreementStatus.ACTIVE, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "JUNIS"),
                Pageable.from(0, 10, AgreementSort.PERIOD_END.sort(true))).getContent()))
                .as("filters and sort work on this database too").extracting(Agreement::id).containsExactly(orustId);
        AgreementDetails details = as(portal, "orust", () -> agreements.details(orustId).orElseThrow());
        assertThat(details.parties()).extracting(p -> p.name() + " " + p.organisationNumber())
                .containsExactly("Orust kommun 212000-1314", "Junis Göteborg och Bohusläns distrikt 857204-3795");
        assertThat(details.terms().texts().purpose()).startsWith("Syftet med överenskommelsen är att stödja barn och unga");
        assertThat(as(portal, "orust", () -> portal.bean(Indicators.class).of(orustId))).hasSize(9);
        assertThat(as(portal, "orust", () -> portal.bean(SteeringMeetings.class).meetings(orustId))).hasSize(5);
        assertThat(as(portal, "orust", () -> portal.bean(ReportingPeriods.class).overview(orustId)))
                .extracting(p -> p.period().label()).containsExactly("2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1", "2026-H2");
        assertThat(as(portal, "orust", () -> portal.bean(AgreementHistory.class).versions(orustId)))
                .extracting(v -> v.versionNumber()).containsExactly(1);
        assertThat(as(portal, "orust", () -> portal.bean(PartnerRegister.class).findByDirectoryAlias("junis")))
                .hasValueSatisfying(junis -> assertThat(junis.organisationNumber()).isEqualTo("857204-3795"));

        List<Agreement> jonkoping = as(portal, "region-jonkoping",
                () -> agreements.search(AgreementSearch.ALL, Pageable.from(0, 10)).getContent());
        assertThat(jonkoping).extracting(Agreement::status).containsExactlyInAnyOrder(AgreementStatus.ACTIVE, AgreementStatus.ENDED);
        assertThat(jonkoping).extracting(Agreement::title).anyMatch(t -> t.contains("Vårsol")).anyMatch(t -> t.contains("Origo"));

        List<Agreement> stockholm = as(portal, "region-stockholm",
                () -> agreements.search(AgreementSearch.ALL, Pageable.from(0, 10)).getContent());
        assertThat(stockholm).singleElement().satisfies(a -> assertThat(a.title()).contains("Ericastiftelsen"));
        assertThat(as(portal, "region-stockholm", () -> portal.bean(PartnerRegister.class).findByDirectoryAlias("ericastiftelsen")))
                .hasValueSatisfying(erica -> assertThat(erica.kind()).isEqualTo(PartnerKind.FOUNDATION));

        assertThat(as(portal, "almhult", () -> agreements.search(AgreementSearch.ALL, Pageable.from(0, 10)).getTotalSize())).isZero();
    }

    static <T> T as(PortalTestServer portal, String tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> TestPortal.asStaff(work));
    }

    static Map<String, Long> rowsPerTable(TestDatabase database) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = database.connect()) {
            for (String table : TABLES) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        assertThat(rows.get("agreements_agreement")).isEqualTo(4);
        assertThat(rows.get("partner_organisation")).isEqualTo(4);
        return rows;
    }
}
