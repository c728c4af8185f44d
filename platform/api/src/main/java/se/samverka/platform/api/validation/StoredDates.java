package se.samverka.platform.api.validation;

import java.time.LocalDate;

/**
 * The dates the portal accepts: 1900-01-01 to 2199-12-31, which every supported database stores exactly
 * (MySQL's DATE and H2 agree on the proleptic Gregorian calendar there; year 0 would come back as another
 * date). The API refuses any other date when it binds the body (400 with the field); the forms' date
 * fields ({@code DateFields}) offer and accept no other.
 */
public final class StoredDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2199, 12, 31);
    public static final String OUT_OF_RANGE = "refusal.date.out-of-range";

    private StoredDates() {
    }

    public static boolean stored(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }
}
