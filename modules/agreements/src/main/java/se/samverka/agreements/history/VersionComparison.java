package se.samverka.agreements.history;

import se.samverka.agreements.agreement.AgreementTerms;

import java.util.List;

/**
 * Two versions compared: what differs, and both versions' terms, since a difference is said in words
 * only with them (which party {@code parties[2]} is, which year a contribution is for).
 *
 * @param before the terms of the version compared from
 * @param after  the terms of the version compared to (either order: "after" may be the older one)
 */
public record VersionComparison(List<Difference> differences, AgreementTerms before, AgreementTerms after) {

    public VersionComparison {
        differences = List.copyOf(differences);
    }
}
