package se.samverka.partnerships.demo;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.Test;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.budget.BudgetOverview;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.report.ReportStatus;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.visit.Direction;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.Visits;
import se.samverka.testkit.PortalTestServer;
import se.samverka.testkit.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.reader;

/** Seed 004 in the embedded default: Älmhult's partnership with JB Marks, created once however often the portal starts. */
class PartnershipsDemoDataTest {

    @Test
    void theSeedsPartnershipItsVisitsBudgetAndReportAreThereOnceAfterTwoStarts() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            long rows;
            try (PortalTestServer portal = PortalTestServer.startOn(database,
                    PortalTestServer.repositoryTenantsWith(PartnershipsModule.ID), Map.of())) {
                rows = rows(database);
                assertTheSeed(portal);
            }
            try (PortalTestServer again = PortalTestServer.startOn(database,
                    PortalTestServer.repositoryTenantsWith(PartnershipsModule.ID), Map.of())) {
                assertThat(rows(database)).isEqualTo(rows);
                assertTheSeed(again);
            }
        }
    }

    static void assertTheSeed(PortalTestServer portal) {
        List<Partnership> almhult = as(reader("almhult"), "almhult", () -> portal.bean(Partnerships.class)
                .search(PartnershipSearch.all(), Pageable.from(0, 10)).getContent());
        assertThat(almhult).extracting(Partnership::title).containsExactly(PartnershipsDemoData.TITLE);
        Partnership p = almhult.get(0);
        assertThat(p.countryCode()).isEqualTo("ZA");
        assertThat(p.swedishParties()).containsExactly("Växjö kommun");
        List<Visit> visits = as(reader("almhult"), "almhult", () -> portal.bean(Visits.class).of(p.id()));
        assertThat(visits).extracting(v -> v.direction() + " " + v.travellers())
                .containsExactly(Direction.INBOUND + " 4", Direction.OUTBOUND + " 3");
        BudgetOverview budget = as(reader("almhult"), "almhult", () -> portal.bean(Budgets.class).overview(p.id(), "ZA"));
        assertThat(budget.approved()).isEqualTo(260_000);
        assertThat(budget.phases().get(0).overCeiling()).isFalse();
        assertThat(as(reader("almhult"), "almhult", () -> portal.bean(Reports.class).schedule(p.id())))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED));
    }

    static long rows(TestDatabase database) throws Exception {
        long total = 0;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("partnerships_partnership", "partnerships_phase", "partnerships_budget_line",
                    "partnerships_actual", "partnerships_visit", "partnerships_result", "partnerships_report", "partner_organisation")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
        }
        return total;
    }
}
