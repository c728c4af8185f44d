package se.samverka.agreements.search;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A record found, with the agreement it belongs to (an agreement itself: its own).
 *
 * @param recordId the report's, meeting's or document's id (the agreement's for an agreement)
 * @param label    what names it within the agreement: a report's period, a document's file name
 * @param body     the searched text the hit's context line is cut from
 */
@Introspected
record SearchRow(long agreementId, @Nullable String registryNumber, String title, long recordId, @Nullable String label,
                 @Nullable LocalDate dated, @Nullable String body) {

    String agreementName() {
        return registryNumber == null || registryNumber.isBlank() ? title : registryNumber + " " + title;
    }
}
