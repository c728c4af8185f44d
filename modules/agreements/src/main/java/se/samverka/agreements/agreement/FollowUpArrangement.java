package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

/**
 * How the partner reports: the agreement's follow-up clause as written, how often (half-yearly by
 * default) and how many days after a period ends its report is due. The indicators themselves are
 * kept by the follow-up feature, since reports refer to them.
 */
@Serdeable
public record FollowUpArrangement(@Nullable String clause, ReportingFrequency frequency, int reportDueDays) {

    public static final int DEFAULT_REPORT_DUE_DAYS = 30;
    static final int MAX_REPORT_DUE_DAYS = 365;

    public static final FollowUpArrangement DEFAULT =
            new FollowUpArrangement(null, ReportingFrequency.HALF_YEARLY, DEFAULT_REPORT_DUE_DAYS);

    FollowUpArrangement validated() {
        if (frequency == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.reporting-frequency"));
        }
        if (reportDueDays < 0 || reportDueDays > MAX_REPORT_DUE_DAYS) {
            throw new Refusal("agreements.followup.due-days-range", reportDueDays, MAX_REPORT_DUE_DAYS).at("followUp.reportDueDays");
        }
        return new FollowUpArrangement(Texts.optional("agreements.field.follow-up-clause", clause, Texts.LONG),
                frequency, reportDueDays);
    }
}
