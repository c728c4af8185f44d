package se.samverka.platform.core.tenant;

import java.util.regex.Pattern;

/** Swedish organisation numbers: {@code NNNNNN-NNNN} with a Luhn check digit. */
public final class OrganisationNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}");

    private OrganisationNumber() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        String digits = value.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10 == digits.charAt(9) - '0';
    }
}
