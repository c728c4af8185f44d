package se.samverka.platform.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.SystemWork;
import se.samverka.platform.core.tenant.PlatformTenantResolver;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
        // the portal's own work is named as its records name it (system:demo-data, system:reminders)
        String actor = currentUser.get().map(CurrentUser.PortalUser::username).or(SystemWork::current).orElse("system");
        repository.save(new AuditEntry(null, tenant.require(), clock.instant(), actor, action, recordType,
                String.valueOf(recordId), toJson(changes)));
    }

    /** The current tenant's log, newest first, filtered and paged in the database (a sort of the pageable is ignored). */
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        return repository.search(tenant.require(), blank(filter.actor()), blank(filter.action()),
                blank(filter.recordType()), filter.from(), filter.to(),
                // the query orders newest first; a caller's sort would append a second ORDER BY
                Pageable.from(pageable.getNumber(), pageable.getSize()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> historyOf(Map<String, ? extends Collection<String>> records, int limit) {
        List<AuditEntry> found = new ArrayList<>();
        records.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                found.addAll(repository.history(tenant.require(), type, ids, limit));
            }
        });
        return found.stream().sorted(Comparator.comparing(AuditEntry::occurredAt).reversed().thenComparing(AuditEntry::id,
                        Comparator.reverseOrder())).limit(limit)
                .map(e -> new Entry(e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(), fromJson(e.changes())))
                .toList();
    }

    /** The codes the tenant's log holds, for its filters: actions, record types, actors. */
    @Transactional(readOnly = true)
    public Vocabulary vocabulary() {
        String tenantId = tenant.require();
        return new Vocabulary(repository.actions(tenantId), repository.recordTypes(tenantId), repository.actors(tenantId));
    }

    /** An entry's changed fields, read back from the stored JSON. */
    public static Map<String, Change> changesOf(AuditEntry entry) {
        return fromJson(entry.changes());
    }

    public record Vocabulary(List<String> actions, List<String> recordTypes, List<String> actors) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Change> fromJson(String json) {
        Map<String, Change> changes = new LinkedHashMap<>();
        try {
            Map<String, Object> fields = JSON.readValue(json == null || json.isBlank() ? "{}" : json, Map.class);
            fields.forEach((field, value) -> {
                List<Object> pair = value instanceof List<?> list ? (List<Object>) list : Arrays.asList(null, value);
                changes.put(field, new Change(pair.isEmpty() ? null : pair.get(0), pair.size() < 2 ? null : pair.get(1)));
            });
        } catch (JsonProcessingException unreadable) {
            changes.put("changes", new Change(null, json));
        }
        return changes;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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

    }
}
