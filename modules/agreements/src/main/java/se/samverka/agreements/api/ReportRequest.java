package se.samverka.agreements.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samverka.agreements.followup.FigureInput;
import se.samverka.agreements.followup.ReportSubmission;

import java.util.List;

/**
 * A partner's report for one of the agreement's reporting periods.
 *
 * @param periodId a period of this agreement (see its reporting periods)
 * @param version  to send a returned report again: its version; not sent for a first report
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ReportRequest(@NotNull Long periodId, @Nullable Long version, @Nullable List<@Valid @NotNull Figure> figures,
                            @Nullable String text) {

    ReportSubmission submission() {
        return new ReportSubmission(figures == null ? List.of()
                : figures.stream().map(f -> new FigureInput(f.indicatorId(), f.number(), f.text())).toList(), text);
    }

    /** The value for one indicator: a number for a count, a text for a text indicator. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Figure(@NotNull Long indicatorId, @Nullable Long number, @Nullable String text) {
    }
}
