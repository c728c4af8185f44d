package se.samverka.platform.api.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer, and samordningsnummer with the day plus 60) in
 * free text, as people write them: {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYYYMMDD-NNNN}, with
 * or without the separator, with a space or an en dash. A match must be a real date and have a valid
 * check digit, so dates, phone numbers and organisation numbers (month 20 or more) are not taken for one.
 * Used where a record must never hold one (the groups module's comments and minutes).
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\d-])(?:(1[89]|20))?(\\d{2})(\\d{2})(\\d{2})[ \\-+\u2010-\u2015]?(\\d{4})(?![\\d])");

    private PersonalIdentityNumbers() {
    }

    /** Whether the text holds something that is a personal identity number. */
    public static boolean occursIn(String text) {
        return firstIn(text).isPresent();
    }

    /** Where the first one starts in the text (for a message that names no number), if there is one. */
    public static Optional<Integer> firstIn(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String tenDigits = m.group(2) + m.group(3) + m.group(4) + m.group(5);
            if (isDate(m.group(1), m.group(2), m.group(3), m.group(4))
                    && OrganisationNumbers.hasValidCheckDigit(tenDigits)) {
                return Optional.of(m.start());
            }
        }
        return Optional.empty();
    }

    private static boolean isDate(String century, String year, String month, String day) {
        int d = Integer.parseInt(day);
        int dayOfMonth = d > 60 ? d - 60 : d; // samordningsnummer
        int fullYear = century != null ? Integer.parseInt(century + year) : 2000 + Integer.parseInt(year);
        try {
            // without the century any year fits: 29 February is checked against a leap year then
            LocalDate.of(century != null ? fullYear : 2000, Integer.parseInt(month), dayOfMonth);
            return true;
        } catch (DateTimeException notADate) {
            return false;
        }
    }
}
