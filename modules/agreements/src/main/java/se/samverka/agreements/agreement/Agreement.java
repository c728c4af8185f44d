package se.samverka.agreements.agreement;

import se.samverka.platform.api.data.EditedRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An agreement as stored: one row with its terms (the parties, commitments, signatories and
 * contributions are rows of their own), its status, the decision behind it, and two counters that
 * are easy to confuse: {@code versionNumber} counts the agreement's amendments (version 1 is the
 * decided original), {@code version} is the optimistic lock that refuses a save based on a stale read.
 *
 * @param renewalTalksStart derived from the period and kept in a column, so that reminders and the
 *                          dashboard find the coming deadlines with an index instead of computing them
 */
@MappedEntity("agreements_agreement")
public record Agreement(@Id @GeneratedValue @Nullable Long id,
                        @TenantId @Nullable String tenantId,
                        @Nullable String registryNumber,
                        String title,
                        AgreementForm form,
                        AgreementStatus status,
                        @Nullable String background,
                        @Nullable String purpose,
                        @Nullable String targetGroup,
                        @Nullable String activities,
                        @Nullable String valueBase,
                        @Nullable String overallGoals,
                        @Nullable String strategies,
                        @Nullable String organisation,
                        @Nullable String renegotiationClause,
                        @Nullable String terminationClause,
                        @Nullable String disputeClause,
                        @Nullable String steeringComposition,
                        int minimumMeetingsPerYear,
                        @Nullable String followUpClause,
                        ReportingFrequency reportingFrequency,
                        int reportDueDays,
                        @Nullable LocalDate periodStart,
                        @Nullable LocalDate periodEnd,
                        int renewalNoticeMonths,
                        @Nullable LocalDate renewalTalksStart,
                        @Nullable String decisionBody,
                        @Nullable LocalDate decisionDate,
                        @Nullable String decisionRegistryNumber,
                        int versionNumber,
                        Instant createdAt,
                        String createdBy,
                        Instant updatedAt,
                        String updatedBy,
                        @Version @Nullable Long version) implements EditedRecord {


    static Agreement draft(AgreementTerms terms, Instant now, String actor) {
        return new Agreement(null, null, null, terms.title(), terms.form(), AgreementStatus.DRAFT,
                null, null, null, null, null, null, null, null, null, null, null, null, 0, null,
                ReportingFrequency.HALF_YEARLY, 0, null, null, 0, null, null, null, null, 1, now, actor, now, actor, null)
                .withTerms(terms, now, actor);
    }

    public AgreementPeriod period() {
        return new AgreementPeriod(periodStart, periodEnd, renewalNoticeMonths);
    }

    public SteeringArrangement steering() {
        return new SteeringArrangement(steeringComposition, minimumMeetingsPerYear);
    }

    public FollowUpArrangement followUp() {
        return new FollowUpArrangement(followUpClause, reportingFrequency, reportDueDays);
    }

    public AgreementTexts texts() {
        return new AgreementTexts(background, purpose, targetGroup, activities, valueBase, overallGoals, strategies,
                organisation, renegotiationClause, terminationClause, disputeClause);
    }

    /** The decision the agreement rests on (the latest, after an amendment that had one). */
    public Optional<Decision> decision() {
        return decisionDate == null ? Optional.empty()
                : Optional.of(new Decision(decisionBody, decisionDate, decisionRegistryNumber));
    }

    /** The terms, given the parties (stored apart). */
    public AgreementTerms terms(List<PartyTerms> parties) {
        return new AgreementTerms(registryNumber, title, form, texts(), period(), steering(), followUp(), parties);
    }

    Agreement withTerms(AgreementTerms terms, Instant now, String actor) {
        AgreementTexts t = terms.texts();
        AgreementPeriod p = terms.period();
        return new Agreement(id, tenantId, terms.registryNumber(), terms.title(), terms.form(), status,
                t.background(), t.purpose(), t.targetGroup(), t.activities(), t.valueBase(), t.overallGoals(),
                t.strategies(), t.organisation(), t.renegotiationClause(), t.terminationClause(), t.disputeClause(),
                terms.steering().composition(), terms.steering().minimumMeetingsPerYear(),
                terms.followUp().clause(), terms.followUp().frequency(), terms.followUp().reportDueDays(),
                p.start(), p.end(), p.renewalNoticeMonths(), p.renewalTalksStart().orElse(null),
                decisionBody, decisionDate, decisionRegistryNumber, versionNumber, createdAt, createdBy, now, actor, version);
    }

    Agreement withStatus(AgreementStatus newStatus, Instant now, String actor) {
        return new Agreement(id, tenantId, registryNumber, title, form, newStatus, background, purpose, targetGroup,
                activities, valueBase, overallGoals, strategies, organisation, renegotiationClause, terminationClause,
                disputeClause, steeringComposition, minimumMeetingsPerYear, followUpClause, reportingFrequency,
                reportDueDays, periodStart, periodEnd, renewalNoticeMonths, renewalTalksStart, decisionBody, decisionDate,
                decisionRegistryNumber, versionNumber, createdAt, createdBy, now, actor, version);
    }

    Agreement withDecision(Decision decision) {
        return new Agreement(id, tenantId, registryNumber, title, form, status, background, purpose, targetGroup,
                activities, valueBase, overallGoals, strategies, organisation, renegotiationClause, terminationClause,
                disputeClause, steeringComposition, minimumMeetingsPerYear, followUpClause, reportingFrequency,
                reportDueDays, periodStart, periodEnd, renewalNoticeMonths, renewalTalksStart, decision.body(),
                decision.date(), decision.registryNumber(), versionNumber, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    Agreement withNextVersionNumber() {
        return new Agreement(id, tenantId, registryNumber, title, form, status, background, purpose, targetGroup,
                activities, valueBase, overallGoals, strategies, organisation, renegotiationClause, terminationClause,
                disputeClause, steeringComposition, minimumMeetingsPerYear, followUpClause, reportingFrequency,
                reportDueDays, periodStart, periodEnd, renewalNoticeMonths, renewalTalksStart, decisionBody, decisionDate,
                decisionRegistryNumber, versionNumber + 1, createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
