package se.samverka.agreements.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.Indicators;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportSubmission;
import se.samverka.agreements.followup.ReportingPeriods;
import se.samverka.agreements.followup.Reports;
import se.samverka.agreements.steering.MeetingDetails;
import se.samverka.agreements.steering.SteeringMeeting;
import se.samverka.agreements.steering.SteeringMeetings;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * Isolation over HTTP for every endpoint of the module's API, walked from one table: another
 * tenant's user on the owner's path, the owner's ids under another tenant's path, organisation X's
 * user on Y's records beside its own and in a tenant where X is party to nothing: all 404, lists
 * leave the records out; a reader changes nothing (403). Afterwards the records are unchanged.
 */
class ApiIsolationTest {

    /** Tenant A and B of this test: both have the module enabled (the repository's B has it off). */
    static final String A = TestPortal.TENANT_A;
    static final String B = TestPortal.TENANT_C;

    /** One endpoint: how to call it for the records of one agreement. */
    record Endpoint(String method, String path, Object body, boolean changes) {

        static Endpoint read(String path) {
            return new Endpoint("GET", path, null, false);
        }

        static Endpoint write(String method, String path, Object body) {
            return new Endpoint(method, path, body, true);
        }

        /** The path with the tenant and the records' ids filled in. */
        String on(String tenant, Records records) {
            return "/api/v1/tenants/" + tenant + "/agreements" + path
                    .replace("{id}", String.valueOf(records.agreement.id()))
                    .replace("{meeting}", String.valueOf(records.meeting.id()))
                    .replace("{report}", String.valueOf(records.report.report().id()))
                    .replace("{partner}", String.valueOf(records.partner.id()));
        }

        Object bodyFor(Records records) {
            return body instanceof String s ? s.replace("{period}", String.valueOf(records.report.report().periodId())) : body;
        }
    }

    /** An agreement of one partner with a meeting and a report, and the partner's register record. */
    record Records(PartnerOrganisation partner, AgreementDetails agreement, SteeringMeeting meeting, ReportDetails report) {
    }

    static final String TERMS = "{\"title\":\"Ändrad\",\"form\":\"IOP\",\"parties\":[]}";

    /** Every endpoint of the API that names a record. */
    static final List<Endpoint> RECORD_ENDPOINTS = List.of(
            Endpoint.read("/{id}"),
            Endpoint.read("/{id}/status-changes"),
            Endpoint.read("/{id}/versions"),
            Endpoint.read("/{id}/versions/1/differences/1"),
            Endpoint.read("/{id}/meetings"),
            Endpoint.read("/{id}/indicators"),
            Endpoint.read("/{id}/reporting-periods"),
            Endpoint.read("/{id}/reports"),
            Endpoint.read("/{id}/reports/{report}"),
            Endpoint.read("/partner-organisations/{partner}"),
            Endpoint.write("PUT", "/{id}", "{\"version\":0,\"terms\":" + TERMS + "}"),
            Endpoint.write("POST", "/{id}/transitions", "{\"version\":0,\"status\":\"TERMINATED\",\"reason\":\"Hävd\"}"),
            Endpoint.write("POST", "/{id}/amendments", "{\"version\":0,\"terms\":" + TERMS + ",\"reason\":\"Ändring\"}"),
            Endpoint.write("POST", "/{id}/meetings", "{\"status\":\"PLANNED\",\"date\":\"2025-06-01\"}"),
            Endpoint.write("PUT", "/{id}/meetings/{meeting}", "{\"version\":0,\"status\":\"CANCELLED\",\"date\":\"2025-04-01\"}"),
            Endpoint.write("DELETE", "/{id}/meetings/{meeting}?version=0", null),
            Endpoint.write("POST", "/{id}/reports", "{\"periodId\":{period},\"text\":\"Intrång\"}"),
            Endpoint.write("POST", "/{id}/reports/{report}/review", "{\"version\":0,\"outcome\":\"ACCEPT\"}"),
            Endpoint.write("PUT", "/partner-organisations/{partner}", "{\"version\":0,\"name\":\"Intrång\",\"kind\":\"FOUNDATION\"}"));

    /** The lists, with what must not be in them. */
    static final List<String> LISTS = List.of("", "/partner-organisations");

    static Records ofX;
    static Records ofY;
    static Records inB;
    static String x;
    static PortalUser xUser;
    static PortalUser yUser;

    @BeforeAll
    static void organisationsXAndYInAAndXRegisteredButPartyToNothingInB() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        x = TestAgreements.alias("x");
        String y = TestAgreements.alias("y");
        xUser = TestPortal.partner(x, A, B);
        yUser = TestPortal.partner(y, A);
        ofX = records(A, x, xUser);
        ofY = records(A, y, yUser);
        as(officer(B), B, () -> TestAgreements.partner(x));
        String z = TestAgreements.alias("z");
        inB = records(B, z, TestPortal.partner(z, B));
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    static Records records(String tenant, String alias, PortalUser partnerUser) {
        Records[] made = new Records[1];
        as(officer(tenant), tenant, () -> {
            PartnerOrganisation partner = TestAgreements.partner(alias);
            AgreementDetails agreement = TestAgreements.active(partner.id());
            TestPortal.bean(Indicators.class).add(agreement.id(), IndicatorDefinition.count("Antal barn"));
            SteeringMeeting meeting = TestPortal.bean(SteeringMeetings.class).add(agreement.id(),
                    MeetingDetails.planned(LocalDate.of(2025, 4, 1), List.of("Socialtjänsten")));
            long period = TestPortal.bean(ReportingPeriods.class).overview(agreement.id()).get(0).period().id();
            made[0] = new Records(partner, agreement, meeting, null);
            made[0] = new Records(partner, agreement, meeting, as(partnerUser, tenant, () -> TestPortal.bean(Reports.class)
                    .submit(period, null, new ReportSubmission(List.of(), "Rapport " + alias))));
        });
        return made[0];
    }

    @Test
    void anotherTenantsUserOnTheOwnersPathFindsNothing() {
        assertEveryEndpoint(ApiCaller.as(TestPortal.shared(), officer(B)), A, ofX, 404);
        assertEveryEndpoint(ApiCaller.as(TestPortal.shared(), TestPortal.admin(B)), A, ofX, 404);
        assertThat(ApiCaller.as(TestPortal.shared(), officer(B)).get("/api/v1/tenants/" + A + "/agreements").status()).isEqualTo(404);
    }

    @Test
    void theOwnersIdsUnderAnotherTenantsPathAreNotFound() {
        assertEveryEndpoint(ApiCaller.as(TestPortal.shared(), officer(B)), B, ofX, 404);
        assertEveryEndpoint(ApiCaller.as(TestPortal.shared(), TestPortal.admin(B)), B, ofX, 404);
        assertListsLeaveOut(ApiCaller.as(TestPortal.shared(), officer(B)), B, ofX);
    }

    @Test
    void anOrganisationsUserFindsNothingOfTheOrganisationBesideIt() {
        assertEveryEndpoint(ApiCaller.as(TestPortal.shared(), xUser), A, ofY, 404);
        assertListsLeaveOut(ApiCaller.as(TestPortal.shared(), xUser), A, ofY);
        assertThat(ids(ApiCaller.as(TestPortal.shared(), xUser).get("/api/v1/tenants/" + A + "/agreements").items()))
                .containsExactly(ofX.agreement.id());
        assertThat(ids(ApiCaller.as(TestPortal.shared(), yUser).get("/api/v1/tenants/" + A + "/agreements").items()))
                .containsExactly(ofY.agreement.id());
    }

    @Test
    void inATenantWhereTheOrganisationIsPartyToNothingItFindsNothing() {
        ApiCaller xInB = ApiCaller.as(TestPortal.shared(), xUser);
        assertEveryEndpoint(xInB, B, inB, 404);
        assertThat(xInB.get("/api/v1/tenants/" + B + "/agreements").items()).isEmpty();
        assertThat(xInB.get("/api/v1/tenants/" + B + "/agreements/partner-organisations").items())
                .extracting(p -> p.get("directoryAlias")).containsOnly(x);
        assertEveryEndpoint(xInB, B, ofX, 404);
    }

    @Test
    void aReaderChangesNothing() {
        ApiCaller reader = ApiCaller.as(TestPortal.shared(), TestPortal.reader(A));
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RECORD_ENDPOINTS) {
            int status = reader.call(endpoint.method(), endpoint.on(A, ofX), endpoint.bodyFor(ofX)).status();
            int expected = endpoint.changes() ? 403 : 200;
            if (status != expected) {
                wrong.add(endpoint.method() + " " + endpoint.path() + " → " + status + ", expected " + expected);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(reader.post("/api/v1/tenants/" + A + "/agreements", "{\"title\":\"x\",\"form\":\"IOP\"}").status()).isEqualTo(403);
        assertThat(reader.post("/api/v1/tenants/" + A + "/agreements/partner-organisations",
                Map.of("name", "x", "kind", "FOUNDATION")).status()).isEqualTo(403);
        assertUnchanged();
    }

    /** Every endpoint answers {@code expected} and changes nothing. */
    static void assertEveryEndpoint(ApiCaller caller, String tenant, Records records, int expected) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : RECORD_ENDPOINTS) {
            ApiCaller.Answer answer = caller.call(endpoint.method(), endpoint.on(tenant, records), endpoint.bodyFor(records));
            if (answer.status() != expected) {
                wrong.add(answer.toString());
            }
        }
        assertThat(wrong).as("endpoints that did not answer " + expected).isEmpty();
        assertUnchanged();
    }

    static void assertListsLeaveOut(ApiCaller caller, String tenant, Records records) {
        assertThat(ids(caller.get("/api/v1/tenants/" + tenant + "/agreements?size=100").items()))
                .doesNotContain(records.agreement.id());
        assertThat(ids(caller.get("/api/v1/tenants/" + tenant + "/agreements?size=100&q="
                + java.net.URLEncoder.encode(records.agreement.agreement().title(), java.nio.charset.StandardCharsets.UTF_8)).items()))
                .isEmpty();
        assertThat(ids(caller.get("/api/v1/tenants/" + tenant + "/agreements/partner-organisations?size=100").items()))
                .doesNotContain(records.partner.id());
    }

    /** The owners' records are as they were made. */
    static void assertUnchanged() {
        for (Records records : List.of(ofX, ofY, inB)) {
            String tenant = records == inB ? B : A;
            ApiCaller owner = ApiCaller.as(TestPortal.shared(), officer(tenant));
            String base = "/api/v1/tenants/" + tenant + "/agreements/" + records.agreement.id();
            assertThat(owner.get(base).version()).isEqualTo(records.agreement.agreement().version());
            assertThat(owner.get(base + "/meetings").list()).extracting(m -> m.get("status")).containsExactly("PLANNED");
            assertThat(owner.get(base + "/reports").list()).extracting(r -> r.get("status")).containsExactly("SUBMITTED");
            assertThat(owner.get("/api/v1/tenants/" + tenant + "/agreements/partner-organisations/" + records.partner.id()).version())
                    .isEqualTo(records.partner.version());
        }
    }

    static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }
}
