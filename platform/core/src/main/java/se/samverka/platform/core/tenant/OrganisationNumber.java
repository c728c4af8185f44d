package se.samverka.platform.core.tenant;

import se.samverka.platform.api.validation.OrganisationNumbers;

import java.util.regex.Pattern;

/** A tenant file's organisation number: exactly {@code NNNNNN-NNNN} with a valid check digit. */
public final class OrganisationNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{4}");

    private OrganisationNumber() {
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches() && OrganisationNumbers.hasValidCheckDigit(value.replace("-", ""));
    }
}
