package se.samverka.agreements.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.ApiCaller.Answer;
import se.samverka.platform.core.testing.ApiCaller;
import se.samverka.platform.core.testing.MovableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.api.ApiBodies.terms;
import static se.samverka.agreements.api.ApiBodies.with;

/** The agreements API over real HTTP: the main flow, and clear answers to bad input in Swedish and English. */
class AgreementsApiTest {

    static final String BASE = "/api/v1/tenants/" + TENANT_A + "/agreements";
    static final ApiCaller OFFICER = ApiCaller.as(TestPortal.shared(), TestPortal.officer(TENANT_A));
    static final ApiCaller READER = ApiCaller.as(TestPortal.shared(), TestPortal.reader(TENANT_A));
    static String alias;
    static long partnerId;
    static ApiCaller partner;

    @BeforeAll
    static void aPartnerOrganisationWithItsUser() {
        MovableClock.today(LocalDate.of(2025, 3, 1));
        alias = TestAgreements.alias("api");
        Answer created = OFFICER.post(BASE + "/partner-organisations", ApiBodies.partner(alias));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        partnerId = created.id();
        PortalUser partnerUser = TestPortal.partner(alias, TENANT_A);
        partner = ApiCaller.as(TestPortal.shared(), partnerUser);
    }

    @AfterAll
    static void realTime() {
        MovableClock.reset();
    }

    @Test
    void anOfficerTakesAnAgreementFromDraftToActive() {
        Answer draft = OFFICER.post(BASE, terms(partnerId));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json()).containsEntry("status", "DRAFT").doesNotContainKey("tenantId");
        long id = draft.id();

        String word = TestAgreements.alias("stodgrupper");
        Answer edited = OFFICER.put(BASE + "/" + id, Map.of("version", draft.version(),
                "terms", with(terms(partnerId), "title", "Stödgrupper för barn som anhöriga " + word)));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(((Map<?, ?>) edited.json().get("terms")).get("title")).isEqualTo("Stödgrupper för barn som anhöriga " + word);

        Answer proposed = OFFICER.post(BASE + "/" + id + "/transitions", Map.of("version", edited.version(), "status", "PROPOSED"));
        Answer decided = OFFICER.post(BASE + "/" + id + "/transitions", Map.of("version", proposed.version(),
                "status", "DECIDED", "decision", ApiBodies.decision()));
        Answer active = OFFICER.post(BASE + "/" + id + "/transitions", Map.of("version", decided.version(), "status", "ACTIVE"));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        assertThat(active.json()).containsEntry("status", "ACTIVE").containsEntry("renewalTalksStart", "2026-06-30");

        assertThat(OFFICER.get(BASE + "/" + id + "/status-changes").list()).extracting(c -> c.get("to"))
                .containsExactly("PROPOSED", "DECIDED", "ACTIVE");
        assertThat(OFFICER.get(BASE + "/" + id + "/versions").list()).extracting(v -> v.get("versionNumber")).containsExactly(1);
        assertThat(OFFICER.get(BASE + "?q=" + word).items()).extracting(a -> ((Number) a.get("id")).longValue()).containsExactly(id);
        assertThat(OFFICER.get(BASE + "?status=ACTIVE&partner=" + partnerId + "&q=" + word).items()).extracting(a -> ((Number) a.get("id")).longValue())
                .containsExactly(id);
        assertThat(OFFICER.get(BASE + "?status=DRAFT&partner=" + partnerId + "&q=" + word).items()).isEmpty();
        assertThat(partner.get(BASE + "/" + id).status()).as("the partner sees its agreement").isEqualTo(200);
    }

    @Test
    void anAmendmentMakesTheNextVersionAndTheDifferencesCanBeRead() {
        Answer active = active();
        Answer amended = OFFICER.post(BASE + "/" + active.id() + "/amendments", Map.of("version", active.version(),
                "terms", terms(partnerId, "2024-01-01", "2027-12-31"), "reason", "Förlängd ett år"));
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        assertThat(amended.json()).containsEntry("versionNumber", 2);

        List<Map<String, Object>> differences = OFFICER.get(BASE + "/" + active.id() + "/versions/1/differences/2").list();
        assertThat(differences).anySatisfy(d -> {
            assertThat(d.get("field")).isEqualTo("period.end");
            assertThat(d.get("before")).isEqualTo("2026-12-31");
            assertThat(d.get("after")).isEqualTo("2027-12-31");
        });
        assertThat(OFFICER.get(BASE + "/" + active.id() + "/versions/1/differences/9").status()).isEqualTo(404);
    }

    @Test
    void theListPagesAndSorts() {
        String word = TestAgreements.alias("sortering");
        for (String title : List.of("B ", "C ", "A ")) {
            OFFICER.post(BASE, with(terms(partnerId), "title", title + word));
        }

        Answer first = OFFICER.get(BASE + "?size=2&page=0&sort=title,desc&q=" + word);
        Answer second = OFFICER.get(BASE + "?size=2&page=1&sort=title,desc&q=" + word);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json()).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 2);
        assertThat(first.items()).extracting(a -> a.get("title")).containsExactly("C " + word, "B " + word);
        assertThat(second.items()).extracting(a -> a.get("title")).containsExactly("A " + word);
        assertThat(OFFICER.get(BASE + "?size=2&sort=title&q=" + word).items()).extracting(a -> a.get("title"))
                .containsExactly("A " + word, "B " + word);
        assertThat(OFFICER.get(BASE + "?size=2&sort=-TITLE&q=" + word).items()).as("the exports' form of the order")
                .extracting(a -> a.get("title")).containsExactly("C " + word, "B " + word);
    }

    @Test
    void theListRefusesBadParametersWithoutAServerError() {
        assertThat(OFFICER.get(BASE + "?size=101").status()).isEqualTo(400);
        assertThat(OFFICER.get(BASE + "?page=-1").status()).isEqualTo(400);
        assertThat(OFFICER.get(BASE + "?status=SIGNED").status()).isEqualTo(400);
        assertThat(OFFICER.get(BASE + "?from=2024-13-45").status()).isEqualTo(400);
        assertThat(OFFICER.get(BASE + "?partner=abc").status()).isEqualTo(400);
        Answer sort = OFFICER.get(BASE + "?sort=colour");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.json().get("detail").toString()).contains("colour").contains("title");
    }

    @Test
    void anEndBeforeTheStartIsRefusedInSwedishAndEnglish() {
        Map<String, Object> seed003 = terms(partnerId, "2024-01-01", "2023-12-31");

        Answer swedish = OFFICER.post(BASE, seed003);
        assertThat(swedish.status()).isEqualTo(422);
        assertThat(swedish.contentType()).startsWith("application/problem+json");
        assertThat(swedish.json()).containsEntry("field", "/period/end")
                .containsEntry("code", "agreements.period.end-before-start");
        assertThat(swedish.json().get("detail").toString()).contains("2023-12-31").contains("slut");

        Answer english = OFFICER.speaking("en-GB,en;q=0.9").post(BASE, seed003);
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.json().get("detail").toString()).contains("2023-12-31").containsIgnoringCase("end");
        assertThat(english.json().get("detail")).isNotEqualTo(swedish.json().get("detail"));
    }

    @Test
    void anInvalidOrganisationNumberIsRefusedNamingTheField() {
        Map<String, Object> body = with(ApiBodies.partner(TestAgreements.alias("nr")), "organisationNumber", "802481-1659");

        Answer swedish = OFFICER.post(BASE + "/partner-organisations", body);
        Answer english = OFFICER.speaking("en").post(BASE + "/partner-organisations", body);

        assertThat(swedish.status()).isEqualTo(422);
        assertThat(swedish.json()).containsEntry("field", "/organisationNumber");
        assertThat(swedish.json().get("detail").toString()).contains("802481-1659").contains("kontrollsiffra");
        assertThat(english.json().get("detail").toString()).contains("802481-1659").contains("check digit");
    }

    @Test
    void aTransitionThatIsNotAllowedSaysSo() {
        Answer draft = OFFICER.post(BASE, terms(partnerId));

        Answer refused = OFFICER.speaking("en").post(BASE + "/" + draft.id() + "/transitions",
                Map.of("version", draft.version(), "status", "ACTIVE"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json()).containsEntry("code", "agreements.lifecycle.not-allowed").containsEntry("field", "/status");
        assertThat(refused.json().get("detail").toString()).contains("draft").contains("active");
        assertThat(OFFICER.get(BASE + "/" + draft.id()).json()).containsEntry("status", "DRAFT");
    }

    @Test
    void aStaleSaveIsRefusedSayingWhoChangedItAndWhen() {
        Answer draft = OFFICER.post(BASE, terms(partnerId));
        ApiCaller colleague = ApiCaller.as(TestPortal.shared(), TestPortal.admin(TENANT_A));
        Answer first = colleague.put(BASE + "/" + draft.id(), Map.of("version", draft.version(),
                "terms", with(terms(partnerId), "title", "Kollegans rubrik")));
        assertThat(first.status()).isEqualTo(200);

        Answer stale = OFFICER.put(BASE + "/" + draft.id(), Map.of("version", draft.version(),
                "terms", with(terms(partnerId), "title", "Min rubrik")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()).containsEntry("changedBy", "admin." + TENANT_A).containsKey("changedAt");
        assertThat(stale.json().get("detail").toString()).contains("admin." + TENANT_A);
        assertThat(((Map<?, ?>) OFFICER.get(BASE + "/" + draft.id()).json().get("terms")).get("title")).isEqualTo("Kollegans rubrik");
    }

    @Test
    void inputAUserCanTypeNeverGivesAServerError() {
        Answer malformedDate = OFFICER.post(BASE, with(terms(partnerId), "period",
                Map.of("start", "2024-02-30", "end", "2026-12-31", "renewalNoticeMonths", 6)));
        Answer unknownForm = OFFICER.post(BASE, with(terms(partnerId), "form", "CONTRACT"));
        Answer hugeTitle = OFFICER.post(BASE, with(terms(partnerId), "title", "x".repeat(200_000)));
        Answer hugeText = OFFICER.post(BASE, with(terms(partnerId), "texts", Map.of("purpose", "å".repeat(100_001))));
        Answer malformedJson = OFFICER.post(BASE, "{\"title\": ");
        Answer unknownField = OFFICER.put(BASE + "/1", Map.of("version", 0, "terms", terms(partnerId), "colour", "red"));
        Answer noVersion = OFFICER.post(BASE + "/1/transitions", Map.of("status", "PROPOSED"));
        Answer unknownPartner = OFFICER.post(BASE, terms(Long.MAX_VALUE));

        assertThat(malformedDate.status()).as(malformedDate.toString()).isEqualTo(400);
        assertThat(unknownForm.status()).as(unknownForm.toString()).isEqualTo(400);
        assertThat(hugeTitle.status()).as(hugeTitle.toString()).isEqualTo(422);
        assertThat(hugeTitle.json()).containsEntry("field", "/title");
        assertThat(hugeText.status()).as(hugeText.toString()).isEqualTo(422);
        assertThat(hugeText.json()).containsEntry("field", "/purpose");
        assertThat(malformedJson.status()).isEqualTo(400);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("colour");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");
        assertThat(unknownPartner.status()).isEqualTo(422);
        for (Answer answer : List.of(malformedDate, unknownForm, hugeTitle, hugeText, malformedJson, unknownField, noVersion)) {
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void aPartnerReportsAndTheOfficerReturnsAndThenAcceptsIt() {
        Answer active = active();
        long id = active.id();
        long indicator = TestPortal.as(TestPortal.officer(TENANT_A), TENANT_A, () -> TestPortal.bean(
                se.samverka.agreements.followup.Indicators.class).add(id,
                se.samverka.agreements.followup.IndicatorDefinition.count("Antal barn"))).id();

        List<Map<String, Object>> periods = partner.get(BASE + "/" + id + "/reporting-periods").list();
        assertThat(periods).extracting(p -> p.get("label")).startsWith("2024-H1", "2024-H2", "2025-H1");
        assertThat(periods.get(0)).containsEntry("standing", "OVERDUE").containsEntry("overdue", true);
        assertThat(periods.get(2)).containsEntry("standing", "UPCOMING").containsEntry("overdue", false);
        long period = ((Number) periods.get(0).get("id")).longValue();

        Answer submitted = partner.post(BASE + "/" + id + "/reports", Map.of("periodId", period,
                "figures", List.of(Map.of("indicatorId", indicator, "number", 12)), "text", "Tolv barn i två grupper."));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        assertThat(submitted.json()).containsEntry("status", "SUBMITTED").containsEntry("periodLabel", "2024-H1");

        Answer returned = OFFICER.post(BASE + "/" + id + "/reports/" + submitted.id() + "/review",
                Map.of("version", submitted.version(), "outcome", "RETURN", "comment", "Ange även antalet grupper."));
        assertThat(returned.json()).containsEntry("status", "RETURNED");
        Answer again = partner.post(BASE + "/" + id + "/reports", Map.of("periodId", period, "version", returned.version(),
                "figures", List.of(Map.of("indicatorId", indicator, "number", 12)), "text", "Tolv barn i två grupper (2)."));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        Answer accepted = OFFICER.post(BASE + "/" + id + "/reports/" + again.id() + "/review",
                Map.of("version", again.version(), "outcome", "ACCEPT"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("status", "ACCEPTED");

        assertThat(OFFICER.get(BASE + "/" + id + "/reports").list()).extracting(r -> r.get("status")).containsExactly("ACCEPTED");
        Map<String, Object> report = partner.get(BASE + "/" + id + "/reports/" + again.id()).json();
        assertThat((List<?>) report.get("figures")).hasSize(1);
        assertThat(partner.get(BASE + "/" + id + "/indicators").list()).extracting(i -> i.get("name")).containsExactly("Antal barn");
    }

    @Test
    void aReportForAPeriodThatDoesNotExistIsRefusedClearly() {
        Answer active = active();

        Answer swedish = partner.post(BASE + "/" + active.id() + "/reports", Map.of("periodId", 987654321, "text", "Rapport"));
        Answer english = partner.speaking("en").post(BASE + "/" + active.id() + "/reports", Map.of("periodId", 987654321, "text", "Rapport"));

        assertThat(swedish.status()).isEqualTo(422);
        assertThat(swedish.json()).containsEntry("code", "agreements.report.period-missing").containsEntry("field", "/periodId");
        assertThat(swedish.json().get("detail").toString()).contains("987654321");
        assertThat(english.json().get("detail").toString()).contains("987654321").containsIgnoringCase("period");
        assertThat(english.json().get("detail")).isNotEqualTo(swedish.json().get("detail"));
    }

    @Test
    void theSteeringGroupsMeetingsArePlannedHeldAndCancelled() {
        Answer active = active();
        String meetings = BASE + "/" + active.id() + "/meetings";

        Answer planned = OFFICER.post(meetings, Map.of("status", "PLANNED", "date", "2025-02-10",
                "attendeeFunctions", List.of("Socialtjänsten", "Föreningen")));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        Answer held = OFFICER.put(meetings + "/" + planned.id(), Map.of("version", planned.version(), "status", "HELD",
                "date", "2025-02-10", "attendeeFunctions", List.of("Socialtjänsten"), "minutes", "Genomgång av året."));
        assertThat(held.json()).containsEntry("status", "HELD").containsEntry("minutes", "Genomgång av året.");
        Answer future = OFFICER.post(meetings, Map.of("status", "HELD", "date", "2025-12-01"));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json()).containsEntry("field", "/date");

        Answer cancelled = OFFICER.delete(meetings + "/" + planned.id() + "?version=" + held.version());
        assertThat(cancelled.json()).containsEntry("status", "CANCELLED");
        assertThat(OFFICER.delete(meetings + "/" + planned.id() + "?version=" + held.version()).status()).as("stale").isEqualTo(409);
        assertThat(partner.get(meetings).list()).extracting(m -> m.get("status")).containsExactly("CANCELLED");
        assertThat((List<?>) OFFICER.get(BASE + "/" + active.id()).json().get("meetingShortfalls")).isNotEmpty();
    }

    @Test
    void aReaderAndAPartnerSeeButCannotChange() {
        Answer draft = OFFICER.post(BASE, terms(partnerId));

        Answer reader = READER.put(BASE + "/" + draft.id(), Map.of("version", draft.version(), "terms", terms(partnerId)));
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json()).containsEntry("code", "refusal.role");
        assertThat(READER.post(BASE, terms(partnerId)).status()).isEqualTo(403);
        assertThat(partner.post(BASE, terms(partnerId)).status()).isEqualTo(403);
        // a draft is not the partner's to see (drafts are the municipality's own until proposed): 404, not 403
        assertThat(partner.post(BASE + "/" + draft.id() + "/transitions", Map.of("version", draft.version(), "status", "PROPOSED"))
                .status()).isEqualTo(404);
        assertThat(partner.get(BASE + "/" + draft.id()).status()).isEqualTo(404);
        assertThat(READER.get(BASE + "/" + draft.id()).status()).isEqualTo(200);
    }

    @Test
    void aTenantWithoutTheModuleAnswers404() {
        ApiCaller officerB = ApiCaller.as(TestPortal.shared(), TestPortal.officer(TestPortal.TENANT_B));
        assertThat(officerB.get("/api/v1/tenants/" + TestPortal.TENANT_B + "/agreements").status()).isEqualTo(404);
    }

    private static Answer active() {
        Answer draft = OFFICER.post(BASE, terms(partnerId));
        Answer proposed = OFFICER.post(BASE + "/" + draft.id() + "/transitions", Map.of("version", draft.version(), "status", "PROPOSED"));
        Answer decided = OFFICER.post(BASE + "/" + draft.id() + "/transitions", Map.of("version", proposed.version(),
                "status", "DECIDED", "decision", ApiBodies.decision()));
        Answer active = OFFICER.post(BASE + "/" + draft.id() + "/transitions", Map.of("version", decided.version(), "status", "ACTIVE"));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        return active;
    }
}
