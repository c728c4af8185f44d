package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** One figure of a submitted or accepted report, with the period it is for (a row of {@link ReportedFigureRepository}). */
@Introspected
record ReportedFigure(long indicatorId, long periodId, @Nullable Long numberValue, @Nullable String textValue) {
}
