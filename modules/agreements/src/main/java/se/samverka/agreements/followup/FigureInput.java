package se.samverka.agreements.followup;

import io.micronaut.core.annotation.Nullable;

/** A partner's value for one indicator: a number for a count, a text for a text indicator. */
public record FigureInput(long indicatorId, @Nullable Long number, @Nullable String text) {

    public static FigureInput number(long indicatorId, long value) {
        return new FigureInput(indicatorId, value, null);
    }

    public static FigureInput text(long indicatorId, String value) {
        return new FigureInput(indicatorId, null, value);
    }
}
