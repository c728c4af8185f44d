package se.samverka.platform.api.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the portal writes dates, times and money, in every view, export and document, in both languages:
 * ISO dates (the Swedish standard, {@code 2026-12-03}), times in Swedish time to the minute, whole
 * kronor grouped the Swedish way ({@code 1 250 000 kr}), since the amounts are Swedish kronor, and counts
 * grouped the same way ({@code 1 204}).
 */
public final class Formats {

    private static final Locale SWEDEN = Locale.forLanguageTag("sv-SE");
    public static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDISH_TIME);
    /** What stands where there is no value. */
    public static final String NONE = "–";

    private Formats() {
    }

    /** The date, or a dash when there is none. */
    public static String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    /** Date and time in Swedish time, e.g. {@code 2026-12-03 08:20}, or a dash. */
    public static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant);
    }

    /** An amount in whole kronor, e.g. {@code 1 250 000 kr}. */
    public static String sek(long amount) {
        NumberFormat kronor = NumberFormat.getCurrencyInstance(SWEDEN);
        kronor.setMaximumFractionDigits(0);
        kronor.setMinimumFractionDigits(0);
        // the JDK groups with a no-break space: the same look, and an amount is never split over two lines
        return kronor.format(amount);
    }

    /** A count grouped the Swedish way, e.g. {@code 1 204} (a no-break space: never split over two lines). */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance(SWEDEN).format(count);
    }

    /** The krona's symbol as written in Sweden ("kr"). */
    public static String kronaSymbol() {
        return Currency.getInstance("SEK").getSymbol(SWEDEN);
    }

    /** A period as {@code 2024-01-01 – 2026-12-31}, with dashes for open ends. */
    public static String period(LocalDate start, LocalDate end) {
        return date(start) + " – " + date(end);
    }
}
