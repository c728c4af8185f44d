package se.samverka.agreements.followup;

import java.util.List;

/** A report with its figures. */
public record ReportDetails(Report report, List<ReportFigure> figures) {
}
