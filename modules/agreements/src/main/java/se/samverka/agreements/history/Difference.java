package se.samverka.agreements.history;

import io.micronaut.core.annotation.Nullable;

/**
 * One field that differs between two versions, e.g. {@code period.start}: 2022-01-01 → 2024-01-01.
 *
 * @param field  the field's path, e.g. {@code parties[2].commitments[1]}
 * @param before empty when the field was added
 * @param after  empty when the field was removed
 */
public record Difference(String field, @Nullable String before, @Nullable String after) {
}
