package se.samverka.platform.api.calendar;

import se.samverka.platform.api.module.LocalizedText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated deadline for a personal calendar: one all-day event.
 *
 * @param uid  stable across feeds and days (the same deadline keeps its uid), unique within the module
 * @param link a path inside the portal, e.g. {@code agreements/42}, or null
 */
public record CalendarEntry(String uid, LocalDate date, LocalizedText summary, LocalizedText description, String link) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
    }
}
