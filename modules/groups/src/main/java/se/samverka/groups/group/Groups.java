package se.samverka.groups.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's groups. Case officers and administrators, and the users of the organisation that runs the
 * programme, plan them and move them along; everyone who sees the programme sees its groups.
 */
@Singleton
public class Groups {

    private final SupportGroupRepository groups;
    private final Programmes programmes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Groups(SupportGroupRepository groups, Programmes programmes, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SupportGroup add(long programmeId, GroupDetails input) {
        Programme programme = programmes.require(programmeId);
        String actor = requireRunner(programme);
        GroupDetails details = input.validated();
        SupportGroup saved = groups.save(SupportGroup.create(programmeId, details, clock.instant(), actor));
        audit.record("create", SupportGroup.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved;
    }

    @Transactional
    public SupportGroup update(long groupId, Long expectedVersion, GroupDetails input) {
        SupportGroup current = Records.atVersion(SupportGroup.RECORD_LABEL, groupId, find(groupId), expectedVersion);
        String actor = requireRunner(programmes.require(current.programmeId()));
        GroupDetails details = input.validated();
        SupportGroup updated = Records.write(SupportGroup.RECORD_LABEL, groupId,
                () -> groups.update(current.with(details, clock.instant(), actor)), () -> groups.findById(groupId));
        audit.record("update", SupportGroup.RECORD_TYPE, String.valueOf(groupId), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** Moves a group along its course; cancelling needs the reason. */
    @Transactional
    public SupportGroup move(long groupId, Long expectedVersion, GroupStatus to, @Nullable CancelReason reason) {
        SupportGroup current = Records.atVersion(SupportGroup.RECORD_LABEL, groupId, find(groupId), expectedVersion);
        String actor = requireRunner(programmes.require(current.programmeId()));
        if (to == null || !current.status().next().contains(to)) {
            throw new Refusal("groups.group.transition", Refusal.label(current.status().labelKey()),
                    Refusal.label(to == null ? "groups.group-status.none" : to.labelKey())).at("status");
        }
        if (to == GroupStatus.CANCELLED && reason == null) {
            throw new Refusal("groups.group.cancel-reason-required").at("cancelReason");
        }
        SupportGroup moved = Records.write(SupportGroup.RECORD_LABEL, groupId,
                () -> groups.update(current.moved(to, to == GroupStatus.CANCELLED ? reason : null, clock.instant(), actor)),
                () -> groups.findById(groupId));
        audit.record("status", SupportGroup.RECORD_TYPE, String.valueOf(groupId), Map.of(
                "status", new AuditLog.Change(current.status().name(), to.name()),
                "cancelReason", new AuditLog.Change(null, moved.cancelReason() == null ? null : moved.cancelReason().name())));
        return moved;
    }

    /** The group, if the current user may see its programme. */
    @Transactional(readOnly = true)
    public Optional<SupportGroup> find(long groupId) {
        return groups.findById(groupId).filter(g -> programmes.find(g.programmeId()).isPresent());
    }

    /** The programme's groups, newest term first, if the current user may see the programme. */
    @Transactional(readOnly = true)
    public List<SupportGroup> of(long programmeId) {
        return programmes.find(programmeId).isPresent() ? groups.findByProgrammeId(programmeId, Sort.of(Sort.Order.desc("startsOn"), Sort.Order.asc("name"))) : List.of();
    }

    /** The groups of programmes the caller has from {@link Programmes} (so may see), in one query. */
    @Transactional(readOnly = true)
    public List<SupportGroup> ofProgrammes(List<Programme> visible) {
        return visible.isEmpty() ? List.of() : groups.findByProgrammeIdIn(visible.stream().map(Programme::id).toList());
    }

    /** Whether the current user may plan and change the programme's groups. */
    public boolean mayChange(Programme programme) {
        return currentUser.isChanger() || runsIt(programme);
    }

    private String requireRunner(Programme programme) {
        // the organisation that runs the programme plans its groups; otherwise a case officer or administrator
        return runsIt(programme) ? currentUser.actor() : currentUser.requireChanger();
    }

    private boolean runsIt(Programme programme) {
        return programme.providerPartnerId() != null && programmes.scope().narrowedTo()
                .filter(programme.providerPartnerId()::equals).isPresent();
    }
}
