package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What a partner sends for a period: a figure per indicator and a free text. */
public record ReportSubmission(List<FigureInput> figures, @Nullable String text) {

    public ReportSubmission {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
