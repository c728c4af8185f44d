package se.samverka.partnerships.country;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.Locale;

/** A cooperation country on ICLD's list, from a date and (when it left the list) to a date. */
@Serdeable
public record EligibleCountry(String code, Region region, LocalDate from, @Nullable LocalDate to) {

    public boolean eligibleOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** The country's name in the language, from the JDK's country names ("Sydafrika", "South Africa"). */
    public static String name(String code, Locale locale) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
