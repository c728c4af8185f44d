package se.samverka.groups.disclosure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sees which figures. A tenant's case officers and administrators see exact counts on their screen;
 * everyone else (readers, partner organisations, the API for them) and every export sees protected ones,
 * unless an officer chooses exact figures for internal use, which the audit log records.
 */
@Singleton
public class Disclosure {

    /** SCB's threshold: values based on fewer than five people are not shown. */
    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MIN_THRESHOLD = 2;
    public static final int MAX_THRESHOLD = 20;
    static final Set<String> EXACT_ON_SCREEN = Set.of(Roles.CASE_OFFICER, Roles.TENANT_ADMIN);
    static final String RECORD_LABEL = "groups.record.settings";

    private final DisclosureSettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Disclosure(DisclosureSettingRepository settings, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current tenant's threshold. */
    @Transactional(readOnly = true)
    public int threshold() {
        return current().map(DisclosureSetting::suppressionThreshold).orElse(DEFAULT_THRESHOLD);
    }

    @Transactional(readOnly = true)
    public DisclosureSetting setting() {
        return current().orElse(new DisclosureSetting(null, null, DEFAULT_THRESHOLD, null, null, null));
    }

    /** A tenant administrator sets the threshold (2 to 20). */
    @Transactional
    public DisclosureSetting setThreshold(int threshold, Long expectedVersion) {
        String actor = currentUser.requireOneOf(Set.of(Roles.TENANT_ADMIN));
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new Refusal("groups.disclosure.threshold", MIN_THRESHOLD, MAX_THRESHOLD).at("suppressionThreshold");
        }
        Optional<DisclosureSetting> current = current();
        DisclosureSetting saved;
        int before = current.map(DisclosureSetting::suppressionThreshold).orElse(DEFAULT_THRESHOLD);
        if (current.isEmpty()) {
            saved = settings.save(new DisclosureSetting(null, null, threshold, clock.instant(), actor, null));
        } else {
            DisclosureSetting at = Records.atVersion(RECORD_LABEL, "settings", current, expectedVersion);
            saved = Records.write(RECORD_LABEL, "settings", () -> settings.update(new DisclosureSetting(at.id(), at.tenantId(),
                    threshold, clock.instant(), actor, at.version())), () -> settings.findById(at.id()));
        }
        audit.record("update", "settings", "disclosure", Map.of("suppressionThreshold",
                new AuditLog.Change(Integer.toString(before), Integer.toString(threshold))));
        return saved;
    }

    private Optional<DisclosureSetting> current() {
        return settings.findAll().stream().findFirst();
    }

    /** Whether the current user sees exact figures on screen (the tenant's officers and administrators). */
    public boolean seesExactOnScreen() {
        return currentUser.get().map(user -> user.hasAnyRole(EXACT_ON_SCREEN)).orElse(false);
    }

    /**
     * Whether an export may carry exact figures: only when an officer asks for it, and then it is audited
     * (what was exported, by whom); otherwise refused for anyone else.
     */
    public boolean exactForInternalUse(boolean asked, String what) {
        if (!asked) {
            return false;
        }
        if (!seesExactOnScreen()) {
            throw new NotPermitted("groups.disclosure.exact-not-permitted");
        }
        audit.record("export.exact", "export", what, Map.of());
        return true;
    }

    /** The table as the current user's screen shows it: exact for officers, protected for everyone else. */
    public ProtectedTable onScreen(CountTable table) {
        return seesExactOnScreen() ? exact(table) : Suppression.protect(table, threshold());
    }

    public ProtectedTable protectedTable(CountTable table) {
        return Suppression.protect(table, threshold());
    }

    /** The table with nothing hidden (a threshold of 2 would still hide ones: exact means none). */
    public static ProtectedTable exact(CountTable table) {
        return new ProtectedTable(table, DEFAULT_THRESHOLD, Map.of());
    }
}
