package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.validation.OrganisationNumber;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.data.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One party to an agreement with what it takes on: its commitments ("Junis åtar sig ..."), who signs
 * for it, and what it contributes each year. A party is either the tenant itself
 * ({@code partnerId} empty) or one of the tenant's partner organisations. Name and number are kept
 * as the agreement states them, so a later change of the register does not rewrite a signed text.
 */
@Serdeable
public record PartyTerms(@Nullable Long partnerId,
                         @Nullable String name,
                         @Nullable String organisationNumber,
                         boolean convenesSteeringGroup,
                         List<String> commitments,
                         List<SignatoryTerms> signatories,
                         List<ContributionTerms> contributions) {

    public PartyTerms {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    /** The tenant as a party, e.g. "Orust kommun", 212000-1314. */
    public static PartyTerms tenant(String name, @Nullable String organisationNumber) {
        return new PartyTerms(null, name, organisationNumber, false, List.of(), List.of(), List.of());
    }

    /** A partner organisation as a party; its name and number are taken from the register unless given. */
    public static PartyTerms partner(long partnerId) {
        return new PartyTerms(partnerId, null, null, false, List.of(), List.of(), List.of());
    }

    public boolean isTenant() {
        return partnerId == null;
    }

    /** Whether at least one person has signed for the party. */
    public boolean isSigned() {
        return signatories.stream().anyMatch(s -> s.signedOn() != null);
    }

    public PartyTerms withCommitments(List<String> newCommitments) {
        return new PartyTerms(partnerId, name, organisationNumber, convenesSteeringGroup, newCommitments, signatories, contributions);
    }

    public PartyTerms withSignatories(List<SignatoryTerms> newSignatories) {
        return new PartyTerms(partnerId, name, organisationNumber, convenesSteeringGroup, commitments, newSignatories, contributions);
    }

    public PartyTerms withContributions(List<ContributionTerms> newContributions) {
        return new PartyTerms(partnerId, name, organisationNumber, convenesSteeringGroup, commitments, signatories, newContributions);
    }

    public PartyTerms convening(boolean convenes) {
        return new PartyTerms(partnerId, name, organisationNumber, convenes, commitments, signatories, contributions);
    }

    /** The same party as named in the register (when the agreement does not name it itself). */
    PartyTerms named(String registeredName, @Nullable String registeredNumber) {
        return new PartyTerms(partnerId, name == null || name.isBlank() ? registeredName : name,
                organisationNumber == null || organisationNumber.isBlank() ? registeredNumber : organisationNumber,
                convenesSteeringGroup, commitments, signatories, contributions);
    }

    PartyTerms validated(AgreementPeriod period) {
        String number = Texts.optional("agreements.field.organisation-number", organisationNumber, 20);
        Set<Integer> years = new HashSet<>();
        for (ContributionTerms contribution : contributions) {
            if (!years.add(contribution.year())) {
                throw new Refusal("agreements.contribution.duplicate-year", String.valueOf(contribution.year()), name).at("parties");
            }
        }
        return new PartyTerms(partnerId,
                Texts.required("agreements.field.party-name", name, Texts.SHORT),
                number == null ? null : OrganisationNumber.canonical(number),
                convenesSteeringGroup,
                commitments.stream().map(c -> Texts.required("agreements.field.commitment", c, Texts.LONG)).toList(),
                signatories.stream().map(SignatoryTerms::validated).toList(),
                contributions.stream().map(c -> c.validated(period)).toList());
    }
}
