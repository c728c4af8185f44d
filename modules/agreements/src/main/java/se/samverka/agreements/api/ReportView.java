package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.followup.Report;
import se.samverka.agreements.followup.ReportDetails;
import se.samverka.agreements.followup.ReportFigure;
import se.samverka.agreements.followup.ReportStatus;

import java.time.Instant;
import java.util.List;

/**
 * A partner's report for one period, with its figures when asked for one report (the list leaves
 * them out).
 *
 * @param version send it back to review or resubmit the report: a newer one refuses (409)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportView(long id, long periodId, @Nullable String periodLabel, ReportStatus status,
                         @Nullable String text, Instant submittedAt, String submittedBy, @Nullable Instant reviewedAt,
                         @Nullable String reviewedBy, @Nullable String reviewComment, long version,
                         @Nullable List<FigureView> figures) {

    static ReportView of(Report r, @Nullable String periodLabel, @Nullable List<ReportFigure> figures) {
        return new ReportView(r.id(), r.periodId(), periodLabel, r.status(), r.text(), r.submittedAt(), r.submittedBy(),
                r.reviewedAt(), r.reviewedBy(), r.reviewComment(), r.version(),
                figures == null ? null : figures.stream().map(FigureView::of).toList());
    }

    static ReportView of(ReportDetails details, @Nullable String periodLabel) {
        return of(details.report(), periodLabel, details.figures());
    }

    /** The report's value for one indicator. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FigureView(long indicatorId, @Nullable Long number, @Nullable String text) {
        static FigureView of(ReportFigure f) {
            return new FigureView(f.indicatorId(), f.numberValue(), f.textValue());
        }
    }
}
