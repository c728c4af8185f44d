package se.samverka.platform.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.core.tenant.PlatformTenantResolver;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The platform's {@link AuditLog}: joins the caller's transaction, so a change and its audit line commit together. */
@Singleton
public class AuditService implements AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final AuditRepository repository;
    private final CurrentUser currentUser;
    private final PlatformTenantResolver tenant;
    private final Clock clock;

    AuditService(AuditRepository repository, CurrentUser currentUser, PlatformTenantResolver tenant, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(String action, String recordType, String recordId, Map<String, Change> changes) {
        String actor = currentUser.get().map(CurrentUser.PortalUser::username).orElse("system");
        repository.save(new AuditEntry(null, tenant.require(), clock.instant(), actor, action, recordType,
                String.valueOf(recordId), toJson(changes)));
    }

    /** The current tenant's log, newest first, filtered in the database. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return repository.findAll(filter.toSpecification(), pageable);
    }

    private static String toJson(Map<String, Change> changes) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        new TreeMap<>(changes).forEach((field, change) ->
                sorted.put(field, new ArrayList<>(Arrays.asList(change.from(), change.to()))));
        try {
            return JSON.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit changes must be plain values", e);
        }
    }

    /** What the audit view filters by; null or blank means "any". */
    public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String recordType,
                              @Nullable Instant from, @Nullable Instant to) {

        public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

        PredicateSpecification<AuditEntry> toSpecification() {
            PredicateSpecification<AuditEntry> spec = (root, cb) -> cb.conjunction();
            spec = equal(spec, "actor", actor);
            spec = equal(spec, "action", action);
            spec = equal(spec, "recordType", recordType);
            if (from != null) {
                spec = spec.and((root, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                spec = spec.and((root, cb) -> cb.lessThan(root.get("occurredAt"), to));
            }
            return spec;
        }

        private static PredicateSpecification<AuditEntry> equal(PredicateSpecification<AuditEntry> spec,
                                                                String property, String value) {
            if (value == null || value.isBlank()) {
                return spec;
            }
            String trimmed = value.trim();
            return spec.and((root, cb) -> cb.equal(root.get(property), trimmed));
        }
    }
}
