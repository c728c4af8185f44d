package se.samverka.agreements.export;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementPartyNames;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static java.util.stream.Collectors.toMap;

/**
 * The rows of an export: exactly what the list shows the current user for the same filters
 * ({@link Agreements#search}, so partner users get their organisation's agreements only), read
 * from the database a page at a time so that a large tenant's export never sits in memory; the
 * page's party names and contribution sums in one query each.
 */
@Singleton
class ExportRows {

    static final int PAGE_SIZE = 500;

    private final Agreements agreements;
    private final AgreementPartyNames partyNames;
    private final ExportRepository repository;
    private final CurrentTenant tenant;

    ExportRows(Agreements agreements, AgreementPartyNames partyNames, ExportRepository repository, CurrentTenant tenant) {
        this.agreements = agreements;
        this.partyNames = partyNames;
        this.repository = repository;
        this.tenant = tenant;
    }

    void forEach(ExportQuery query, Consumer<ExportRow> sink) {
        for (int page = 0; ; page++) {
            List<Agreement> content = agreements.page(query.filter(), Pageable.from(page, PAGE_SIZE, query.sort()));
            if (content.isEmpty()) {
                return;
            }
            List<Long> ids = content.stream().map(Agreement::id).toList();
            Map<Long, List<String>> partners = partyNames.partnersOf(ids); // as the list view shows them
            Map<Long, Long> totals = repository.contributionTotals(tenant.require(), ids).stream()
                    .collect(toMap(ContributionTotal::agreementId, ContributionTotal::total));
            for (Agreement a : content) {
                sink.accept(new ExportRow(a.registryNumber(), a.title(), a.form(), a.status(),
                        partners.getOrDefault(a.id(), List.of()), a.periodStart(), a.periodEnd(), a.renewalTalksStart(),
                        a.decisionDate(), totals.getOrDefault(a.id(), 0L)));
            }
            if (content.size() < PAGE_SIZE) {
                return;
            }
        }
    }
}
