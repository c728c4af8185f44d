package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;

import java.time.LocalDate;

/**
 * A person who signs for a party, e.g. "Ordförande" of the association or "Kommundirektör".
 *
 * @param signedOn empty until the person has signed
 */
@Serdeable
public record SignatoryTerms(String name, @Nullable String role, @Nullable LocalDate signedOn) {

    SignatoryTerms validated() {
        return new SignatoryTerms(Texts.required("agreements.field.signatory-name", name, Texts.SHORT),
                Texts.optional("agreements.field.signatory-role", role, Texts.SHORT), signedOn);
    }
}
