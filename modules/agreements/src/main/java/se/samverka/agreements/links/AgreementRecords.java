package se.samverka.agreements.links;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementSearch;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.links.RecordSource;
import se.samverka.platform.api.ui.Formats;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agreements as records other modules link to ({@code agreements:agreement:<id>}: a support group run under
 * an IOP), with the module's own sight: a partner user finds only their organisation's agreements.
 */
@Singleton
class AgreementRecords implements RecordSource {

    static final String TYPE = AgreementsModule.AGREEMENT_TYPE;

    private final Agreements agreements;

    AgreementRecords(Agreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public Set<String> types() {
        return Set.of(TYPE);
    }

    @Override
    public Optional<LinkedRecord> resolve(String type, String id) {
        if (!TYPE.equals(type) || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return agreements.find(Long.parseLong(id)).map(AgreementRecords::linked);
    }

    @Override
    public List<LinkedRecord> search(String type, String text, int limit) {
        if (!TYPE.equals(type) || limit == 0) {
            return List.of();
        }
        AgreementSearch search = new AgreementSearch(null, null, null, null, text == null || text.isBlank() ? null : text);
        return agreements.page(search, Pageable.from(0, limit, Sort.of(Sort.Order.asc("title")))).stream()
                .map(AgreementRecords::linked).toList();
    }

    static LinkedRecord linked(Agreement agreement) {
        String title = agreement.registryNumber() == null || agreement.registryNumber().isBlank()
                ? agreement.title() : agreement.registryNumber() + " " + agreement.title();
        return new LinkedRecord(RecordReference.of(AgreementsModule.ID, TYPE, agreement.id()), title,
                Formats.period(agreement.periodStart(), agreement.periodEnd()), AgreementDetailView.path(agreement.id()));
    }
}
