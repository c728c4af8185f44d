package se.samverka.agreements.export;

import io.micronaut.core.annotation.Introspected;

/** The sum of all parties' contributions over all years of one agreement, in SEK. */
@Introspected
record ContributionTotal(long agreementId, long total) {
}
