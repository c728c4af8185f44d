package se.samverka.platform.api.validation;

import se.samverka.platform.api.refusal.Refusal;

/**
 * A Swedish organisation number as people write it ({@link OrganisationNumbers}: {@code NNNNNN-NNNN} with a
 * Luhn check digit), refused in words when it is not one. The forms people paste are accepted (without the
 * dash, with an en dash as in printed agreements: "212000–1314", with spaces) and give the one canonical form.
 */
public final class OrganisationNumber {

    public static final String FORMAT = "refusal.organisation-number.format";
    public static final String CHECK_DIGIT = "refusal.organisation-number.check-digit";

    private OrganisationNumber() {
    }

    /** The canonical {@code NNNNNN-NNNN}, or a refusal (at {@code organisationNumber}) naming the format or the check digit. */
    public static String canonical(String input) {
        String digits = OrganisationNumbers.tenDigits(input)
                .orElseThrow(() -> new Refusal(FORMAT, String.valueOf(input)).at("organisationNumber"));
        if (!OrganisationNumbers.hasValidCheckDigit(digits)) {
            throw new Refusal(CHECK_DIGIT, String.valueOf(input)).at("organisationNumber");
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
