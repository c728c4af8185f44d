package se.samverka.agreements.followup;

import se.samverka.agreements.shared.Refusal;
import se.samverka.agreements.shared.Texts;

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
            throw new Refusal("agreements.text.required", Refusal.label("agreements.field.indicator-kind"));
        }
        return new IndicatorDefinition(Texts.required("agreements.field.indicator-name", name, 500), kind);
    }
}
