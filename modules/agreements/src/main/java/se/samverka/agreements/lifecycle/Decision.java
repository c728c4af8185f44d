package se.samverka.agreements.lifecycle;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;

/**
 * The decision that makes an agreement binding (or amends it): which body decided, when, and under
 * which registry number, e.g. Kommunstyrelsen, 2025-01-15, KS/2024:2095.
 */
@Serdeable
public record Decision(@Nullable String body, @Nullable LocalDate date, @Nullable String registryNumber) {

    /** The decision trimmed, or a refusal: all three parts are needed, and a decision is not made in the future. */
    public Decision validated(LocalDate today) {
        String validBody = Texts.optional("agreements.field.decision-body", body, Texts.SHORT);
        String validNumber = Texts.optional("agreements.field.decision-registry-number", registryNumber, 50);
        // the refusal names the first part missing, so a form shows it there
        if (validBody == null) {
            throw new Refusal("agreements.decision.incomplete").at("decision.body");
        }
        if (date == null) {
            throw new Refusal("agreements.decision.incomplete").at("decision.date");
        }
        if (validNumber == null) {
            throw new Refusal("agreements.decision.incomplete").at("decision.registryNumber");
        }
        if (date.isAfter(today)) {
            throw new Refusal("agreements.decision.in-future", date).at("decision.date");
        }
        return new Decision(validBody, date, validNumber);
    }
}
