package se.samverka.partnerships.budget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A cost as entered: category, date, kronor, and optionally what it was in the currency it was paid in. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ActualDetails(CostCategory category, LocalDate spentOn, long amountSek, @Nullable String originalCurrency,
                            @Nullable BigDecimal originalAmount, @Nullable String description, @Nullable Long visitId) {

    ActualDetails validated() {
        if (category == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.category")).at("category");
        }
        if (spentOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.spent-on")).at("spentOn");
        }
        if (amountSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("amountSek");
        }
        Amounts.check(amountSek, "amountSek");
        String currency = Texts.optional("originalCurrency", "partnerships.field.original-currency", originalCurrency, 3);
        if (currency != null && !currency.matches("[A-Za-z]{3}")) {
            throw new Refusal("partnerships.actual.currency", currency).at("originalCurrency");
        }
        if (originalAmount != null && originalAmount.signum() < 0) {
            throw new Refusal("partnerships.amount.negative").at("originalAmount");
        }
        if (originalAmount != null) {
            Amounts.check(originalAmount, "originalAmount");
        }
        if ((currency == null) != (originalAmount == null)) {
            throw new Refusal("partnerships.actual.currency-and-amount").at(currency == null ? "originalCurrency" : "originalAmount");
        }
        return new ActualDetails(category, spentOn, amountSek, currency == null ? null : currency.toUpperCase(Locale.ROOT),
                originalAmount, Texts.optional("description", "partnerships.field.cost-description", description, 500), visitId);
    }
}
