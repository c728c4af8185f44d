package se.samverka.agreements.overview;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many of the current tenant's agreements are in each status, counted by the database in one
 * GROUP BY (the dashboard's widget, and the benchmark that measures it). Staff only: anyone else
 * gets zeros, since the counts would reveal agreements they may not see.
 */
@Singleton
public class AgreementStatusCounts {

    private final StatusCountRepository repository;
    private final CurrentTenant tenant;
    private final CurrentUser currentUser;

    AgreementStatusCounts(StatusCountRepository repository, CurrentTenant tenant, CurrentUser currentUser) {
        this.repository = repository;
        this.tenant = tenant;
        this.currentUser = currentUser;
    }

    /** Every status in lifecycle order with its count (zero when none). */
    @Transactional(readOnly = true)
    public Map<AgreementStatus, Long> countsByStatus() {
        Map<AgreementStatus, Long> counts = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            counts.put(status, 0L);
        }
        if (currentUser.sight() instanceof Sight.WholeTenant) {
            for (StatusCount row : repository.countByStatus(tenant.require())) {
                counts.put(AgreementStatus.valueOf(row.status()), row.agreements());
            }
        }
        return counts;
    }
}
