package se.samverka.agreements.history;

import io.micronaut.core.annotation.Nullable;

/**
 * One field that differs between two versions, e.g. {@code period.start}: 2022-01-01 → 2024-01-01.
 * Views show it in words through {@link DifferenceLabels}. The REST API
 * ({@code …/versions/{a}/differences/{b}}) returns it as it is, path and raw values, with no label:
 * its answers are for programs, as everywhere in it (enum names, ISO dates, period codes), and a path
 * stays the same while words change with the language and the parties' names; people compare
 * versions in the history tab.
 *
 * @param field  the field's path, e.g. {@code parties[2].commitments[1]} (lists counted from 1)
 * @param before empty when the field was added
 * @param after  empty when the field was removed
 */
public record Difference(String field, @Nullable String before, @Nullable String after) {
}
