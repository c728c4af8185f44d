package se.samverka.agreements.ui.detail;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How the agreement views write dates and money: ISO dates (the Swedish standard), times in
 * Swedish time, whole kronor grouped the Swedish way ("1 250 000 kr") in both languages, since the
 * amounts are Swedish kronor.
 */
public final class Formats {

    private static final Locale SWEDEN = Locale.forLanguageTag("sv-SE");
    private static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDISH_TIME);

    private Formats() {
    }

    /** The date, or a dash when there is none. */
    public static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant);
    }

    /** An amount in whole kronor, e.g. {@code 1 250 000 kr}. */
    public static String sek(long amount) {
        NumberFormat kronor = NumberFormat.getCurrencyInstance(SWEDEN);
        kronor.setMaximumFractionDigits(0);
        kronor.setMinimumFractionDigits(0);
        return kronor.format(amount);
    }

    /** The krona's symbol as written in Sweden ("kr"). */
    public static String kronaSymbol() {
        return Currency.getInstance("SEK").getSymbol(SWEDEN);
    }

    /** The period as "2024-01-01 – 2026-12-31", with dashes for open ends. */
    public static String period(LocalDate start, LocalDate end) {
        return date(start) + " – " + date(end);
    }
}
