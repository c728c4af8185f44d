package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.Amounts;
import se.samverka.platform.api.data.Texts;

/**
 * What a party contributes in one calendar year, in whole Swedish kronor, 0 to {@link Amounts#MAX_SEK}
 * (an IOP has both sides contribute; the value of premises or staff counts as well as money).
 *
 * @param description what the amount covers, e.g. "Personal, lokal och handledning för stödgrupperna"
 */
@Serdeable
public record ContributionTerms(int year, long amountSek, @Nullable String description) {

    ContributionTerms validated(AgreementPeriod period) {
        if (amountSek < 0) {
            throw new Refusal("agreements.contribution.negative", String.valueOf(year)).at("parties");
        }
        Amounts.check(amountSek, "parties");
        if (period.isComplete() && (year < period.start().getYear() || year > period.end().getYear())) {
            throw new Refusal("agreements.contribution.outside-period", String.valueOf(year), period.start(), period.end()).at("parties");
        }
        return new ContributionTerms(year, amountSek,
                Texts.optional("agreements.field.contribution-description", description, 500));
    }
}
