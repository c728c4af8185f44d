package se.samverka.platform.api.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Swedish organisation numbers ({@code NNNNNN-NNNN}): the last digit is a Luhn check digit over the
 * other nine. One implementation for the platform (tenant files) and every module (partner registers).
 */
public final class OrganisationNumbers {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private OrganisationNumbers() {
    }

    /**
     * The ten digits of a number as people write it (with or without the dash, with an en dash as in
     * printed agreements, with spaces), or empty if it is not ten digits.
     */
    public static Optional<String> tenDigits(String input) {
        String digits = input == null ? "" : input.strip().replaceAll("[\\s\\-\u2010-\u2015]", "");
        return TEN_DIGITS.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** Luhn: double every other digit from the first, sum the digits; the check digit completes a multiple of ten. */
    public static boolean hasValidCheckDigit(String tenDigits) {
        if (tenDigits == null || !TEN_DIGITS.matcher(tenDigits).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10 == tenDigits.charAt(9) - '0';
    }

    /** The canonical form {@code NNNNNN-NNNN} of ten digits. */
    public static String canonical(String tenDigits) {
        return tenDigits.substring(0, 6) + "-" + tenDigits.substring(6);
    }
}
