package se.samverka.agreements.api;

import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.platform.api.refusal.RecordNotFound;

/**
 * The agreement a path names, if the caller may see it: every endpoint under
 * {@code /agreements/{id}} asks here first, so that another tenant's or another organisation's
 * agreement answers 404 for reads and writes alike (a write's role check would otherwise say 403
 * and so reveal that the record exists).
 */
@Singleton
class VisibleAgreements {

    private final Agreements agreements;

    VisibleAgreements(Agreements agreements) {
        this.agreements = agreements;
    }

    Agreement require(long id) {
        return agreements.find(id).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", id));
    }
}
