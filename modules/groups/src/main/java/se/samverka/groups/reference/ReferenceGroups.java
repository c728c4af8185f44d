package se.samverka.groups.reference;

import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.groups.privacy.ChildPrivacy;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reference groups, their meetings and the proposals they forward to a steering group. The tenant's staff
 * see them, case officers and administrators change them; they are the tenant's own work, so partner users
 * see none. Members are organisations and functions; minutes never name a child (a personal identity number
 * is refused).
 */
@Singleton
public class ReferenceGroups {

    static final int MINUTES_LENGTH = Texts.LONG;

    private final ReferenceRepositories.Groups groups;
    private final ReferenceRepositories.Meetings meetings;
    private final ReferenceRepositories.Proposals proposals;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ReferenceGroups(ReferenceRepositories.Groups groups, ReferenceRepositories.Meetings meetings,
                    ReferenceRepositories.Proposals proposals, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.proposals = proposals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReferenceGroup> all() {
        return mayRead() ? groups.findAll(Sort.of(Sort.Order.asc("name"))) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<ReferenceGroup> find(long id) {
        return mayRead() ? groups.findById(id) : Optional.empty();
    }

    public ReferenceGroup require(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound(ReferenceGroup.RECORD_LABEL, id));
    }

    @Transactional
    public ReferenceGroup create(ReferenceGroup.Details input) {
        String actor = currentUser.requireChanger();
        ReferenceGroup.Details d = checked(input, null);
        Instant now = clock.instant();
        ReferenceGroup saved = groups.save(new ReferenceGroup(null, null, d.name(), d.aim(), d.convener(), d.steeringGroup(),
                d.members(), now, actor, now, actor, null));
        audit.record("create", ReferenceGroup.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public ReferenceGroup update(long id, Long expectedVersion, ReferenceGroup.Details input) {
        ReferenceGroup current = Records.atVersion(ReferenceGroup.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = currentUser.requireChanger();
        ReferenceGroup.Details d = checked(input, id);
        ReferenceGroup updated = Records.write(ReferenceGroup.RECORD_LABEL, id, () -> groups.update(new ReferenceGroup(id,
                current.tenantId(), d.name(), d.aim(), d.convener(), d.steeringGroup(), d.members(), current.createdAt(),
                current.createdBy(), clock.instant(), actor, current.version())), () -> groups.findById(id));
        audit.record("update", ReferenceGroup.RECORD_TYPE, String.valueOf(id), FieldValues.changes(current.details(), d));
        return updated;
    }

    @Transactional(readOnly = true)
    public List<ReferenceMeeting> meetings(long groupId) {
        return find(groupId).isPresent() ? meetings.findByReferenceGroupId(groupId, Sort.of(Sort.Order.desc("meetingDate")))
                : List.of();
    }

    @Transactional
    public ReferenceMeeting addMeeting(long groupId, ReferenceMeeting.Details input) {
        require(groupId);
        String actor = currentUser.requireChanger();
        ReferenceMeeting.Details d = checked(input);
        Instant now = clock.instant();
        ReferenceMeeting saved = meetings.save(new ReferenceMeeting(null, null, groupId, d.date(), d.status(), d.invited(),
                d.attending(), d.attendingOrganisations(), d.minutes(), now, actor, now, actor, null));
        audit.record("create", ReferenceMeeting.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public ReferenceMeeting updateMeeting(long groupId, long meetingId, Long expectedVersion, ReferenceMeeting.Details input) {
        ReferenceMeeting current = Records.atVersion(ReferenceMeeting.RECORD_LABEL, meetingId, meetings.findById(meetingId)
                .filter(m -> m.referenceGroupId() == groupId && find(groupId).isPresent()), expectedVersion);
        String actor = currentUser.requireChanger();
        ReferenceMeeting.Details d = checked(input);
        ReferenceMeeting updated = Records.write(ReferenceMeeting.RECORD_LABEL, meetingId, () -> meetings.update(
                new ReferenceMeeting(meetingId, current.tenantId(), current.referenceGroupId(), d.date(), d.status(), d.invited(),
                        d.attending(), d.attendingOrganisations(), d.minutes(), current.createdAt(), current.createdBy(),
                        clock.instant(), actor, current.version())), () -> meetings.findById(meetingId));
        audit.record("update", ReferenceMeeting.RECORD_TYPE, String.valueOf(meetingId), FieldValues.changes(current.details(), d));
        return updated;
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals(long groupId) {
        return find(groupId).isPresent() ? proposals.findByReferenceGroupId(groupId, Sort.of(Sort.Order.desc("forwardedOn")))
                : List.of();
    }

    @Transactional
    public Proposal addProposal(long groupId, Proposal.Details input) {
        require(groupId);
        String actor = currentUser.requireChanger();
        Proposal.Details d = checked(input);
        Instant now = clock.instant();
        Proposal saved = proposals.save(new Proposal(null, null, groupId, d.title(), d.description(), d.status(), d.forwardedOn(),
                d.response(), now, actor, now, actor, null));
        audit.record("create", Proposal.RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(d));
        return saved;
    }

    @Transactional
    public Proposal updateProposal(long groupId, long proposalId, Long expectedVersion, Proposal.Details input) {
        Proposal current = Records.atVersion(Proposal.RECORD_LABEL, proposalId, proposals.findById(proposalId)
                .filter(p -> p.referenceGroupId() == groupId && find(groupId).isPresent()), expectedVersion);
        String actor = currentUser.requireChanger();
        Proposal.Details d = checked(input);
        Proposal updated = Records.write(Proposal.RECORD_LABEL, proposalId, () -> proposals.update(new Proposal(proposalId,
                current.tenantId(), current.referenceGroupId(), d.title(), d.description(), d.status(), d.forwardedOn(),
                d.response(), current.createdAt(), current.createdBy(), clock.instant(), actor, current.version())),
                () -> proposals.findById(proposalId));
        audit.record("update", Proposal.RECORD_TYPE, String.valueOf(proposalId), FieldValues.changes(current.details(), d));
        return updated;
    }

    /** The tenant's staff (and the portal's own work); partner users see no reference group. */
    private boolean mayRead() {
        return currentUser.sight() instanceof Sight.WholeTenant;
    }

    private ReferenceGroup.Details checked(ReferenceGroup.Details d, Long id) {
        String name = Texts.required("name", "groups.field.reference-name", d.name(), Texts.SHORT);
        List<Member> members = new ArrayList<>();
        for (Member m : d.members()) {
            String organisation = Texts.optional("members", "groups.field.member-organisation", m == null ? null : m.organisation(), Texts.SHORT);
            if (organisation != null) {
                members.add(new Member(organisation, Texts.optional("members", "groups.field.member-function", m.function(), Texts.SHORT)));
            }
        }
        groups.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new Refusal("groups.reference.name-taken", name).at("name");
        });
        return new ReferenceGroup.Details(name, ChildPrivacy.checked("aim", "groups.field.aim", d.aim(), Texts.LONG),
                Texts.optional("groups.field.convener", d.convener(), Texts.SHORT),
                Texts.optional("groups.field.steering-group", d.steeringGroup(), Texts.SHORT), members);
    }

    private ReferenceMeeting.Details checked(ReferenceMeeting.Details d) {
        if (d.date() == null) {
            throw new Refusal("groups.reference.date-required").at("date");
        }
        if (d.status() == null) {
            throw new Refusal("groups.reference.status-required").at("status");
        }
        if (d.status() == ReferenceMeeting.Status.HELD && d.date().isAfter(LocalDate.now(clock))) {
            throw new Refusal("groups.reference.held-in-future", d.date()).at("date");
        }
        count("invited", d.invited());
        count("attending", d.attending());
        if (d.invited() != null && d.attending() != null && d.attending() > d.invited()) {
            throw new Refusal("groups.reference.more-attending", d.attending(), d.invited()).at("attending");
        }
        List<String> organisations = d.attendingOrganisations().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ReferenceMeeting.Details(d.date(), d.status(), d.invited(), d.attending(), organisations,
                ChildPrivacy.checked("minutes", "groups.field.minutes", d.minutes(), MINUTES_LENGTH));
    }

    private Proposal.Details checked(Proposal.Details d) {
        String title = Texts.required("title", "groups.field.proposal-title", d.title(), Texts.SHORT);
        if (d.forwardedOn() == null) {
            throw new Refusal("groups.reference.forwarded-required").at("forwardedOn");
        }
        return new Proposal.Details(title, ChildPrivacy.checked("description", "groups.field.description", d.description(), Texts.LONG),
                d.status() == null ? Proposal.Status.FORWARDED : d.status(), d.forwardedOn(),
                ChildPrivacy.checked("response", "groups.field.response", d.response(), Texts.LONG));
    }

    private static void count(String field, Integer value) {
        if (value != null && (value < 0 || value > 10_000)) {
            throw new Refusal("groups.group.number", value, 10_000).at(field);
        }
    }
}
