package se.samverka.agreements.lifecycle;

import se.samverka.agreements.TestMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.Roles;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverka.agreements.lifecycle.AgreementStatus.ACTIVE;
import static se.samverka.agreements.lifecycle.AgreementStatus.DECIDED;
import static se.samverka.agreements.lifecycle.AgreementStatus.DRAFT;
import static se.samverka.agreements.lifecycle.AgreementStatus.ENDED;
import static se.samverka.agreements.lifecycle.AgreementStatus.PROPOSED;
import static se.samverka.agreements.lifecycle.AgreementStatus.TERMINATED;

class LifecycleRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Decision DECISION = new Decision("Kommunstyrelsen", LocalDate.of(2025, 1, 15), "KS/2024:2095");

    /** A complete, signed agreement for 2024–2026 in the given status. */
    static AgreementFacts ready(AgreementStatus status) {
        return new AgreementFacts(status, true, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 1, 1, true);
    }

    static String refusalKey(Runnable action) {
        try {
            action.run();
        } catch (Refusal refusal) {
            return refusal.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theLifecycleRunsDraftProposedDecidedActiveEnded() {
        assertThat(LifecycleRules.check(ready(DRAFT), PROPOSED, null, null, TODAY)).isEqualTo(Transition.PROPOSE);
        assertThat(LifecycleRules.check(ready(PROPOSED), DECIDED, DECISION, null, TODAY)).isEqualTo(Transition.DECIDE);
        assertThat(LifecycleRules.check(ready(DECIDED), ACTIVE, null, null, TODAY)).isEqualTo(Transition.ACTIVATE);
        assertThat(LifecycleRules.check(ready(ACTIVE), ENDED, null, null, LocalDate.of(2027, 1, 1))).isEqualTo(Transition.END);
    }

    @Test
    void aProposalCanGoBackAndADecidedOrActiveAgreementCanBeTerminated() {
        assertThat(LifecycleRules.check(ready(PROPOSED), DRAFT, null, null, TODAY)).isEqualTo(Transition.RETURN_TO_DRAFT);
        assertThat(LifecycleRules.check(ready(DECIDED), TERMINATED, null, "Föreningen har upphört", TODAY)).isEqualTo(Transition.TERMINATE);
        assertThat(LifecycleRules.check(ready(ACTIVE), TERMINATED, null, "Åtagandena fullföljs inte", TODAY)).isEqualTo(Transition.TERMINATE);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT,DECIDED", "DRAFT,ACTIVE", "DRAFT,ENDED", "DRAFT,TERMINATED", "PROPOSED,ACTIVE", "DECIDED,PROPOSED",
            "DECIDED,ENDED", "ACTIVE,DRAFT", "ACTIVE,DECIDED", "ENDED,ACTIVE", "ENDED,TERMINATED", "TERMINATED,ACTIVE",
            "TERMINATED,DRAFT", "ACTIVE,ACTIVE"})
    void everyOtherMoveIsRefused(AgreementStatus from, AgreementStatus to) {
        assertThat(refusalKey(() -> LifecycleRules.check(ready(from), to, DECISION, "skäl", TODAY)))
                .isEqualTo("agreements.lifecycle.not-allowed");
        assertThat(Transition.between(from, to)).isEmpty();
    }

    @Test
    void theRefusalNamesBothStatusesInTheUsersLanguage() {
        assertThatThrownBy(() -> LifecycleRules.check(ready(DRAFT), ACTIVE, null, null, TODAY))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(TestMessages.in(Locale.forLanguageTag("sv"), r)).isEqualTo("En överenskommelse kan inte gå från utkast till aktiv.");
                    assertThat(TestMessages.in(Locale.ENGLISH, r)).isEqualTo("An agreement cannot move from draft to active.");
                });
    }

    @Test
    void theNextStatusesAreTheAllowedOnes() {
        assertThat(Transition.nextStatuses(DRAFT)).containsExactly(PROPOSED);
        assertThat(Transition.nextStatuses(PROPOSED)).containsExactly(DRAFT, DECIDED);
        assertThat(Transition.nextStatuses(DECIDED)).containsExactly(ACTIVE, TERMINATED);
        assertThat(Transition.nextStatuses(ACTIVE)).containsExactly(ENDED, TERMINATED);
        assertThat(Transition.nextStatuses(ENDED)).isEmpty();
        assertThat(Transition.nextStatuses(TERMINATED)).isEmpty();
    }

    @Test
    void aProposalNeedsRegistryNumberPeriodTheTenantAndAPartner() {
        assertThat(refusalKey(() -> LifecycleRules.check(new AgreementFacts(DRAFT, false, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), 1, 1, false), PROPOSED, null, null, TODAY)))
                .isEqualTo("agreements.lifecycle.needs-registry-number");
        assertThat(refusalKey(() -> LifecycleRules.check(new AgreementFacts(DRAFT, true, LocalDate.of(2024, 1, 1), null, 1, 1, false),
                PROPOSED, null, null, TODAY))).isEqualTo("agreements.lifecycle.needs-period");
        assertThat(refusalKey(() -> LifecycleRules.check(new AgreementFacts(DRAFT, true, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), 0, 1, false), PROPOSED, null, null, TODAY))).isEqualTo("agreements.lifecycle.needs-tenant-party");
        assertThat(refusalKey(() -> LifecycleRules.check(new AgreementFacts(DRAFT, true, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), 1, 0, false), PROPOSED, null, null, TODAY))).isEqualTo("agreements.lifecycle.needs-partner-party");
    }

    @Test
    void aDecisionNeedsBodyDateAndRegistryNumberAndIsNotInTheFuture() {
        assertThat(refusalKey(() -> LifecycleRules.check(ready(PROPOSED), DECIDED, null, null, TODAY)))
                .isEqualTo("agreements.decision.incomplete");
        assertThat(refusalKey(() -> LifecycleRules.check(ready(PROPOSED), DECIDED,
                new Decision("Kommunstyrelsen", LocalDate.of(2025, 1, 15), " "), null, TODAY))).isEqualTo("agreements.decision.incomplete");
        assertThat(refusalKey(() -> LifecycleRules.check(ready(PROPOSED), DECIDED,
                new Decision(null, LocalDate.of(2025, 1, 15), "KS/2024:2095"), null, TODAY))).isEqualTo("agreements.decision.incomplete");
        assertThat(refusalKey(() -> LifecycleRules.check(ready(PROPOSED), DECIDED,
                new Decision("Kommunstyrelsen", null, "KS/2024:2095"), null, TODAY))).isEqualTo("agreements.decision.incomplete");
        assertThat(refusalKey(() -> LifecycleRules.check(ready(PROPOSED), DECIDED,
                new Decision("Kommunstyrelsen", TODAY.plusDays(1), "KS/2024:2095"), null, TODAY))).isEqualTo("agreements.decision.in-future");
        assertThat(new Decision(" Kommunstyrelsen ", TODAY, " KS/2024:2095 ").validated(TODAY))
                .isEqualTo(new Decision("Kommunstyrelsen", TODAY, "KS/2024:2095"));
    }

    @Test
    void activationNeedsEveryPartysSignature() {
        AgreementFacts unsigned = new AgreementFacts(DECIDED, true, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 1, 1, false);

        assertThat(refusalKey(() -> LifecycleRules.check(unsigned, ACTIVE, null, null, TODAY))).isEqualTo("agreements.lifecycle.needs-signatures");
    }

    @Test
    void anAgreementEndsOnlyAfterItsLastDay() {
        assertThat(refusalKey(() -> LifecycleRules.check(ready(ACTIVE), ENDED, null, null, LocalDate.of(2026, 12, 31))))
                .isEqualTo("agreements.lifecycle.period-not-over");
        assertThat(LifecycleRules.check(ready(ACTIVE), ENDED, null, null, LocalDate.of(2027, 1, 1))).isEqualTo(Transition.END);
    }

    @Test
    void terminationNeedsAReason() {
        assertThat(refusalKey(() -> LifecycleRules.check(ready(ACTIVE), TERMINATED, null, "  ", TODAY)))
                .isEqualTo("agreements.lifecycle.needs-reason");
    }

    @Test
    void caseOfficersAndAdministratorsMakeEveryTransitionReadersAndPartnersNone() {
        Arrays.stream(Transition.values()).forEach(transition -> {
            assertThat(transition.roles()).containsExactlyInAnyOrder(Roles.CASE_OFFICER, Roles.TENANT_ADMIN);
            assertThat(transition.roles()).doesNotContain(Roles.READER, Roles.PARTNER, Roles.PLATFORM_ADMIN);
        });
    }

    @Test
    void statusesSayWhetherTheyAreEditedAmendedOrInForce() {
        assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isEditable)).containsExactly(DRAFT, PROPOSED);
        assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isAmendable)).containsExactly(DECIDED, ACTIVE);
        assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isClosed)).containsExactly(ENDED, TERMINATED);
    }
}
