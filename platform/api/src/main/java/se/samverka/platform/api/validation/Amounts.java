package se.samverka.platform.api.validation;

import se.samverka.platform.api.refusal.Refusal;

/**
 * Amounts in whole Swedish kronor: at most {@link #MAX_SEK} (999 999 999 999 kr, a trillion less one:
 * far above any contribution, grant or budget line, far below what a long holds). So any total is a
 * plain long sum that cannot overflow: 9 223 372 such amounts at the maximum still fit
 * ({@link Long#MAX_VALUE} / {@link #MAX_SEK} &gt; 9.2 million), more rows than an export or a document ever
 * adds up; {@link #sum} says so where the count is not bounded by the data model.
 */
public final class Amounts {

    public static final long MAX_SEK = 999_999_999_999L;
    public static final String TOO_LARGE = "refusal.amount.too-large";

    private Amounts() {
    }

    /** The amount, or a refusal (422) at the field when it is over {@link #MAX_SEK}. */
    public static long check(long amountSek, String field) {
        if (amountSek > MAX_SEK) {
            throw new Refusal(TOO_LARGE, MAX_SEK).at(field);
        }
        return amountSek;
    }

    /** A decimal amount (e.g. in the currency a cost was paid in), or the same refusal when it is over {@link #MAX_SEK}. */
    public static java.math.BigDecimal check(java.math.BigDecimal amount, String field) {
        if (amount.compareTo(java.math.BigDecimal.valueOf(MAX_SEK)) > 0) {
            throw new Refusal(TOO_LARGE, MAX_SEK).at(field);
        }
        return amount;
    }

    /** A total of bounded amounts; exact, and an error rather than a wrong figure if it ever were not. */
    public static long sum(long total, long amountSek) {
        return Math.addExact(total, amountSek);
    }
}
