package se.samverka.agreements.api;

import se.samverka.agreements.shared.Refusal;

import java.util.Map;

/**
 * Which field of the request a refusal is about: the field label it names (e.g. the title that is
 * too long), else the field its rule concerns (e.g. the period's end before its start).
 */
final class RefusalFields {

    private static final String FIELD_LABEL = "agreements.field.";

    private static final Map<String, String> BY_KEY = Map.ofEntries(
            Map.entry("agreements.period.end-before-start", "period.end"),
            Map.entry("agreements.period.too-long", "period.end"),
            Map.entry("agreements.period.renewal-notice-range", "period.renewalNoticeMonths"),
            Map.entry("agreements.steering.minimum-range", "steering.minimumMeetingsPerYear"),
            Map.entry("agreements.followup.due-days-range", "followUp.reportDueDays"),
            Map.entry("agreements.partner.number-format", "organisationNumber"),
            Map.entry("agreements.partner.number-check-digit", "organisationNumber"),
            Map.entry("agreements.partner.number-taken", "organisationNumber"),
            Map.entry("agreements.partner.foreign-has-no-number", "organisationNumber"),
            Map.entry("agreements.partner.alias-format", "directoryAlias"),
            Map.entry("agreements.partner.alias-taken", "directoryAlias"),
            Map.entry("agreements.partner.email-format", "email"),
            Map.entry("agreements.decision.incomplete", "decision"),
            Map.entry("agreements.decision.in-future", "decision.date"),
            Map.entry("agreements.lifecycle.not-allowed", "status"),
            Map.entry("agreements.lifecycle.needs-reason", "reason"),
            Map.entry("agreements.meeting.held-in-future", "date"),
            Map.entry("agreements.meeting.too-many-functions", "attendeeFunctions"),
            Map.entry("agreements.report.period-missing", "periodId"),
            Map.entry("agreements.report.period-not-started", "periodId"),
            Map.entry("agreements.report.unknown-indicator", "figures"),
            Map.entry("agreements.report.indicator-twice", "figures"),
            Map.entry("agreements.report.number-expected", "figures"),
            Map.entry("agreements.report.return-needs-comment", "comment"),
            Map.entry("agreements.party.unknown-partner", "parties"),
            Map.entry("agreements.party.partner-twice", "parties"),
            Map.entry("agreements.party.tenant-twice", "parties"),
            Map.entry("agreements.party.two-conveners", "parties"),
            Map.entry("agreements.contribution.duplicate-year", "parties"),
            Map.entry("agreements.contribution.negative", "parties"),
            Map.entry("agreements.contribution.outside-period", "parties"));

    private RefusalFields() {
    }

    /** The field's name as the JSON spells it, e.g. {@code title}, {@code organisationNumber}; null when none. */
    static String fieldOf(Refusal refusal) {
        for (Object argument : refusal.arguments()) {
            if (argument instanceof Refusal.Label label && label.key().startsWith(FIELD_LABEL)) {
                return camelCase(label.key().substring(FIELD_LABEL.length()));
            }
        }
        return BY_KEY.get(refusal.messageKey());
    }

    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
