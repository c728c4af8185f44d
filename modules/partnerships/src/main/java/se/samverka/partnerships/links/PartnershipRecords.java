package se.samverka.partnerships.links;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.ui.PartnershipView;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.links.RecordSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Partnerships as records other modules link to and search finds ({@code partnerships:partnership:<id>}), with
 * the module's sight (the tenant's staff).
 */
@Singleton
class PartnershipRecords implements RecordSource {

    private final Partnerships partnerships;

    PartnershipRecords(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public Set<String> types() {
        return Set.of(Partnership.RECORD_TYPE);
    }

    @Override
    public Optional<LinkedRecord> resolve(String type, String id) {
        if (!Partnership.RECORD_TYPE.equals(type) || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return partnerships.find(Long.parseLong(id)).map(PartnershipRecords::linked);
    }

    @Override
    public List<LinkedRecord> search(String type, String text, int limit) {
        if (!Partnership.RECORD_TYPE.equals(type) || limit == 0) {
            return List.of();
        }
        return partnerships.search(new PartnershipSearch(null, null, null, null, text),
                        Pageable.from(0, limit, Sort.of(Sort.Order.asc("title"))))
                .getContent().stream().map(PartnershipRecords::linked).toList();
    }

    static LinkedRecord linked(Partnership partnership) {
        return new LinkedRecord(RecordReference.of(PartnershipsModule.ID, Partnership.RECORD_TYPE, partnership.id()),
                partnership.title(), null, PartnershipView.path(partnership.id()));
    }
}
