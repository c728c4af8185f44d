package se.samverka.agreements.partner;

import se.samverka.agreements.shared.Refusal;

import java.util.regex.Pattern;

/**
 * A Swedish organisation number: {@code NNNNNN-NNNN}, the last digit a Luhn check digit over the
 * other nine. Written forms people paste are accepted (without the dash, with an en dash as in
 * printed agreements: "212000–1314", with spaces) and stored in the one canonical form.
 */
public final class OrganisationNumber {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private OrganisationNumber() {
    }

    /** The canonical {@code NNNNNN-NNNN}, or a refusal naming the format or the check digit. */
    public static String canonical(String input) {
        String digits = input == null ? "" : input.strip().replaceAll("[\\s\\-\u2010-\u2015]", "");
        if (!TEN_DIGITS.matcher(digits).matches()) {
            throw new Refusal("agreements.partner.number-format", String.valueOf(input));
        }
        if (!hasValidCheckDigit(digits)) {
            throw new Refusal("agreements.partner.number-check-digit", String.valueOf(input));
        }
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    public static boolean isValid(String input) {
        try {
            canonical(input);
            return true;
        } catch (Refusal invalid) {
            return false;
        }
    }

    /** Luhn: double every other digit from the first, sum the digits, the check digit completes a multiple of ten. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10 == tenDigits.charAt(9) - '0';
    }
}
