package se.samverka.agreements.overview;

import io.micronaut.core.annotation.Introspected;

/** One row of the count per status. */
@Introspected
record StatusCount(String status, long agreements) {
}
