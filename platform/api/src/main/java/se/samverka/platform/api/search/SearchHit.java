package se.samverka.platform.api.search;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One record found.
 *
 * @param title   as people name the record (an agreement's registry number and title)
 * @param context a line about it: where it belongs (the agreement of a report) or the words around the match
 * @param path    the view's path in the portal
 * @param date    the date that goes with it (a meeting's, a report's submission), if one does
 */
public record SearchHit(String title, @Nullable String context, String path, @Nullable LocalDate date) {
}
