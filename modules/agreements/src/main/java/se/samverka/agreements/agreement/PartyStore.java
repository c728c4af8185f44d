package se.samverka.agreements.agreement;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes and reads an agreement's parties with their commitments, signatories and contributions.
 * They are rewritten as a whole with every change of the terms: nothing else refers to their rows
 * (partner access refers to the partner organisation, not to the party row), and the agreement's
 * version guards the whole.
 */
@Singleton
class PartyStore {

    private final AgreementPartyRepository parties;
    private final PartyCommitmentRepository commitments;
    private final PartySignatoryRepository signatories;
    private final PartyContributionRepository contributions;

    PartyStore(AgreementPartyRepository parties, PartyCommitmentRepository commitments,
               PartySignatoryRepository signatories, PartyContributionRepository contributions) {
        this.parties = parties;
        this.commitments = commitments;
        this.signatories = signatories;
        this.contributions = contributions;
    }

    void replace(long agreementId, List<PartyTerms> terms) {
        contributions.deleteByAgreementId(agreementId);
        signatories.deleteByAgreementId(agreementId);
        commitments.deleteByAgreementId(agreementId);
        parties.deleteByAgreementId(agreementId);
        int position = 0;
        for (PartyTerms party : terms) {
            AgreementParty saved = parties.save(new AgreementParty(null, null, agreementId, position++, party.partnerId(),
                    party.name(), party.organisationNumber(), party.convenesSteeringGroup()));
            int line = 0;
            for (String commitment : party.commitments()) {
                commitments.save(new PartyCommitment(null, null, agreementId, saved.id(), line++, commitment));
            }
            line = 0;
            for (SignatoryTerms signatory : party.signatories()) {
                signatories.save(new PartySignatory(null, null, agreementId, saved.id(), line++, signatory.name(),
                        signatory.role(), signatory.signedOn()));
            }
            for (ContributionTerms contribution : party.contributions()) {
                contributions.save(new PartyContribution(null, null, agreementId, saved.id(), contribution.year(),
                        contribution.amountSek(), contribution.description()));
            }
        }
    }

    List<PartyTerms> read(long agreementId) {
        Map<Long, List<PartyCommitment>> commitmentsByParty = byParty(
                commitments.findByAgreementIdOrderByPosition(agreementId), PartyCommitment::partyId);
        Map<Long, List<PartySignatory>> signatoriesByParty = byParty(
                signatories.findByAgreementIdOrderByPosition(agreementId), PartySignatory::partyId);
        Map<Long, List<PartyContribution>> contributionsByParty = byParty(
                contributions.findByAgreementIdOrderByContributionYear(agreementId), PartyContribution::partyId);
        List<PartyTerms> result = new ArrayList<>();
        for (AgreementParty party : parties.findByAgreementIdOrderByPosition(agreementId)) {
            result.add(new PartyTerms(party.partnerId(), party.name(), party.organisationNumber(),
                    party.convenesSteeringGroup(),
                    commitmentsByParty.getOrDefault(party.id(), List.of()).stream().map(PartyCommitment::text).toList(),
                    signatoriesByParty.getOrDefault(party.id(), List.of()).stream()
                            .map(s -> new SignatoryTerms(s.name(), s.role(), s.signedOn())).toList(),
                    contributionsByParty.getOrDefault(party.id(), List.of()).stream()
                            .map(c -> new ContributionTerms(c.contributionYear(), c.amountSek(), c.description())).toList()));
        }
        return result;
    }

    boolean isParty(long agreementId, long partnerId) {
        return parties.existsByAgreementIdAndPartnerId(agreementId, partnerId);
    }

    private static <T> Map<Long, List<T>> byParty(List<T> rows, Function<T, Long> partyId) {
        return rows.stream().collect(Collectors.groupingBy(partyId));
    }
}
