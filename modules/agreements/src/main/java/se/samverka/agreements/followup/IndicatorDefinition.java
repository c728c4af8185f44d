package se.samverka.agreements.followup;

import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

/** What a user enters for an indicator, e.g. "Antal inskrivna barn och unga", a number. */
public record IndicatorDefinition(String name, IndicatorKind kind) {

    public static IndicatorDefinition count(String name) {
        return new IndicatorDefinition(name, IndicatorKind.NUMBER);
    }

    public static IndicatorDefinition text(String name) {
        return new IndicatorDefinition(name, IndicatorKind.TEXT);
    }

    IndicatorDefinition validated() {
        if (kind == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("agreements.field.indicator-kind"));
        }
        return new IndicatorDefinition(Texts.required("agreements.field.indicator-name", name, 500), kind);
    }
}
