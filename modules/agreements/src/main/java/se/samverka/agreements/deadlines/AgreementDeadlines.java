package se.samverka.agreements.deadlines;

import io.micronaut.core.annotation.Nullable;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deadlines of the current tenant's agreements that the current user may see (staff: all; a
 * partner user: their organisation's agreements), computed in the database: renewal talks to start,
 * reports due and not submitted, agreements ending, and missing steering-group meetings (see
 * {@link DeadlineWindows#SHORTFALL_DAY}). Only decided and active agreements have deadlines (and
 * ended ones their last reports).
 */
@Singleton
public class AgreementDeadlines {

    /** The most a caller gets at once. */
    public static final int MAX = 500;

    private final DeadlineRepository repository;
    private final CurrentUser currentUser;
    private final CurrentTenant tenant;
    private final Clock clock;

    AgreementDeadlines(DeadlineRepository repository, CurrentUser currentUser, CurrentTenant tenant, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The deadlines from {@code from} to {@code to} (both included), soonest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Deadline> upcoming(LocalDate from, LocalDate to, int limit) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return open(DeadlineWindows.between(from, to), limit);
    }

    /** The deadlines in the windows given per kind that the current user may see, soonest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Deadline> open(DeadlineWindows w, int limit) {
        return open(w, limit, null);
    }

    /**
     * {@link #open(DeadlineWindows, int)} for a case officer's own list: only agreements they are responsible for
     * and those nobody is responsible for (null: everybody's).
     */
    @Transactional(readOnly = true)
    public List<Deadline> open(DeadlineWindows w, int limit, @Nullable String officer) {
        Sight sight = currentUser.sight();
        if (sight instanceof Sight.Nothing || limit <= 0) {
            return List.of();
        }
        String alias = sight instanceof Sight.Organisation own ? own.directoryAlias() : null;
        int year = w.shortfallYear() == null ? w.renewalFrom().getYear() : w.shortfallYear();
        return repository.upcoming(tenant.require(), alias, officer, w.renewalFrom(), w.renewalTo(), w.reportFrom(), w.reportTo(),
                        w.endFrom(), w.endTo(), w.shortfallDate(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        LocalDate.now(clock), Math.min(limit, MAX))
                .stream().map(DeadlineRow::toDeadline).toList();
    }

    /**
     * Every deadline of the tenant in the windows, in one query, with the directory aliases of the
     * partner organisations party to the agreement for report deadlines: what the reminder job needs.
     * Staff and system work only (it shows the whole tenant).
     */
    @Transactional(readOnly = true)
    public Map<Deadline, Set<String>> inWindows(DeadlineWindows w) {
        if (!(currentUser.sight() instanceof Sight.WholeTenant)) {
            return Map.of();
        }
        int year = w.shortfallYear() == null ? w.renewalFrom().getYear() : w.shortfallYear();
        Map<Deadline, Set<String>> deadlines = new LinkedHashMap<>();
        for (DeadlineRow row : repository.inWindows(tenant.require(), null, null, w.renewalFrom(), w.renewalTo(), w.reportFrom(),
                w.reportTo(), w.endFrom(), w.endTo(), w.shortfallDate(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                LocalDate.now(clock))) {
            Set<String> aliases = deadlines.computeIfAbsent(row.toDeadline(), d -> new LinkedHashSet<>());
            if (row.partnerAlias() != null) {
                aliases.add(row.partnerAlias());
            }
        }
        return deadlines;
    }
}
