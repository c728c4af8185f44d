package se.samverka.agreements.agreement;

import java.util.List;

/** An agreement with its parties: what a detail view, an export or a snapshot needs. */
public record AgreementDetails(Agreement agreement, List<PartyTerms> parties) {

    public AgreementTerms terms() {
        return agreement.terms(parties);
    }

    public long id() {
        return agreement.id();
    }
}
