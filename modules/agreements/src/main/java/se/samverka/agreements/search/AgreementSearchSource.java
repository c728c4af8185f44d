package se.samverka.agreements.search;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.agreements.documents.AgreementDocuments;
import se.samverka.agreements.ui.detail.AgreementDetailView;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.partners.PartnerScope;
import se.samverka.platform.api.search.SearchHit;
import se.samverka.platform.api.search.SearchKind;
import se.samverka.platform.api.search.SearchSource;
import se.samverka.platform.api.search.SearchWords;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.List;

/**
 * Agreements, their reports, steering-group minutes and documents as the header's search finds them, with
 * the module's sight: whoever sees an agreement sees these (staff the tenant's, a partner user those their
 * organisation is party to), applied in the query.
 */
@Singleton
class AgreementSearchSource implements SearchSource {

    static final SearchKind AGREEMENTS = new SearchKind("agreements:agreement", "agreements.search.kind.agreement");
    static final SearchKind REPORTS = new SearchKind("agreements:report", "agreements.search.kind.report");
    static final SearchKind MEETINGS = new SearchKind("agreements:meeting", "agreements.search.kind.meeting");
    static final SearchKind DOCUMENTS = new SearchKind("agreements:document", "agreements.search.kind.document");

    private static final int CONTEXT_WIDTH = 160;

    private final SearchRepository repository;
    private final AgreementDocuments documents;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final PartnerRegister register;

    AgreementSearchSource(SearchRepository repository, AgreementDocuments documents, CurrentUser currentUser,
                          CurrentTenant tenant, PartnerRegister register) {
        this.repository = repository;
        this.documents = documents;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.register = register;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public List<SearchKind> kinds() {
        return List.of(AGREEMENTS, REPORTS, MEETINGS, DOCUMENTS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String kind, SearchWords words, int offset, int limit) {
        PartnerScope scope = PartnerScope.of(currentUser.sight(), register);
        if (words.isEmpty() || limit <= 0 || scope.isNothing() || tenant.id().isEmpty()) {
            return List.of();
        }
        String tenantId = tenant.require();
        Long partnerId = scope.narrowedTo().orElse(null);
        String w1 = words.pattern(0);
        String w2 = words.pattern(1);
        String w3 = words.pattern(2);
        int from = Math.max(0, offset);
        if (AGREEMENTS.id().equals(kind)) {
            return repository.agreements(tenantId, partnerId, w1, w2, w3, from, limit).stream()
                    .map(row -> new SearchHit(row.agreementName(), words.excerpt(row.body(), CONTEXT_WIDTH),
                            AgreementDetailView.path(row.agreementId()), row.dated()))
                    .toList();
        }
        if (REPORTS.id().equals(kind)) {
            return repository.reports(tenantId, partnerId, w1, w2, w3, from, limit).stream()
                    .map(row -> new SearchHit(row.agreementName(), context(row.label(), words.excerpt(row.body(), CONTEXT_WIDTH)),
                            AgreementDetailView.path(row.agreementId()) + "?tab=follow-up", row.dated()))
                    .toList();
        }
        if (MEETINGS.id().equals(kind)) {
            return repository.meetings(tenantId, partnerId, w1, w2, w3, from, limit).stream()
                    .map(row -> new SearchHit(row.agreementName(), words.excerpt(row.body(), CONTEXT_WIDTH),
                            AgreementDetailView.path(row.agreementId()) + "?tab=steering", row.dated()))
                    .toList();
        }
        if (DOCUMENTS.id().equals(kind)) {
            List<String> ownerTypes = documents.kinds().all().stream().map(documents.kinds()::ownerType).toList();
            return repository.documents(tenantId, partnerId, ownerTypes, w1, w2, w3, from, limit).stream()
                    .map(row -> new SearchHit(row.label(), row.agreementName(),
                            AgreementDetailView.path(row.agreementId()) + "?tab=documents", row.dated()))
                    .toList();
        }
        return List.of();
    }

    private static String context(String label, String excerpt) {
        return excerpt == null ? label : label + " – " + excerpt;
    }
}
