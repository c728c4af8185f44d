package se.samverka.agreements.partner;

import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.OrganisationNumbers;

/**
 * A partner's Swedish organisation number ({@link OrganisationNumbers}: {@code NNNNNN-NNNN} with a
 * Luhn check digit), with translated refusals. Written forms people paste are accepted (without the dash, with an en dash as in
 * printed agreements: "212000–1314", with spaces) and stored in the one canonical form.
 */
public final class OrganisationNumber {

    private OrganisationNumber() {
    }

    /** The canonical {@code NNNNNN-NNNN}, or a refusal naming the format or the check digit. */
    public static String canonical(String input) {
        String digits = OrganisationNumbers.tenDigits(input)
                .orElseThrow(() -> new Refusal("agreements.partner.number-format", String.valueOf(input)).at("organisationNumber"));
        if (!OrganisationNumbers.hasValidCheckDigit(digits)) {
            throw new Refusal("agreements.partner.number-check-digit", String.valueOf(input)).at("organisationNumber");
        }
        return OrganisationNumbers.canonical(digits);
    }

    public static boolean isValid(String input) {
        try {
            canonical(input);
            return true;
        } catch (Refusal invalid) {
            return false;
        }
    }
}
