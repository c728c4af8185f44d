package se.samverka.groups.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.privacy.ChildPrivacy;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Records;
import se.samverka.platform.api.links.RecordEvents;
import se.samverka.platform.api.links.RecordReference;
import se.samverka.platform.api.refusal.NotPermitted;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Sight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The half-yearly follow-up, counts only. The organisation that runs a programme (or, on its behalf and for
 * the tenant's own programmes, a case officer) fills in a half-year's figures and submits them; a case
 * officer accepts them or returns them with a comment. Accepted figures are told to other modules (the
 * agreement the programme is run under shows them) through the platform's record events.
 */
@Singleton
public class FollowUps {

    static final int COMMENT_LENGTH = 4000;
    public static final String ACCEPTED_EVENT = "accepted";
    static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("periodYear"), Sort.Order.desc("periodHalf"));

    private final FollowUpRepository followUps;
    private final Programmes programmes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final RecordEvents events;
    private final Clock clock;

    FollowUps(FollowUpRepository followUps, Programmes programmes, CurrentUser currentUser, AuditLog audit,
              RecordEvents events, Clock clock) {
        this.followUps = followUps;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a half-year's follow-up (a draft); a half-year that has not begun, or one already begun, is refused. */
    @Transactional
    public FollowUp start(long programmeId, HalfYear period, Figures input, @Nullable String comment) {
        Programme programme = programmes.require(programmeId);
        String actor = requireReporter(programme);
        if (period.start().isAfter(LocalDate.now(clock))) {
            throw new Refusal("groups.follow-up.future", period.key()).at("period");
        }
        if (followUps.findByProgrammeIdAndPeriodYearAndPeriodHalf(programmeId, period.year(), period.half()).isPresent()) {
            throw new Refusal("groups.follow-up.exists", period.key()).at("period");
        }
        Figures figures = FigureRules.check(input, false);
        String checkedComment = ChildPrivacy.checked("comment", "groups.field.comment", comment, COMMENT_LENGTH);
        FollowUp saved = followUps.save(FollowUp.create(programmeId, period, figures, checkedComment, clock.instant(), actor));
        audit.record("create", FollowUp.RECORD_TYPE, String.valueOf(saved.id()), changes(Figures.NONE, figures, null, checkedComment));
        return saved;
    }

    /** Changes the figures of an open follow-up (a draft, or one returned for correction). */
    @Transactional
    public FollowUp update(long id, Long expectedVersion, Figures input, @Nullable String comment) {
        FollowUp current = Records.atVersion(FollowUp.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = requireReporter(programmes.require(current.programmeId()));
        requireOpen(current);
        Figures figures = FigureRules.check(input, false);
        String checkedComment = ChildPrivacy.checked("comment", "groups.field.comment", comment, COMMENT_LENGTH);
        FollowUp updated = Records.write(FollowUp.RECORD_LABEL, id,
                () -> followUps.update(current.with(figures, checkedComment, clock.instant(), actor)), () -> followUps.findById(id));
        audit.record("update", FollowUp.RECORD_TYPE, String.valueOf(id),
                changes(current.figures(), figures, current.comment(), checkedComment));
        return updated;
    }

    /** Sends an open follow-up for review: every required figure given, every rule kept. */
    @Transactional
    public FollowUp submit(long id, Long expectedVersion) {
        FollowUp current = Records.atVersion(FollowUp.RECORD_LABEL, id, find(id), expectedVersion);
        String actor = requireReporter(programmes.require(current.programmeId()));
        requireOpen(current);
        FigureRules.check(current.figures(), true);
        FollowUp submitted = Records.write(FollowUp.RECORD_LABEL, id,
                () -> followUps.update(current.submitted(clock.instant(), actor)), () -> followUps.findById(id));
        audit.record("submit", FollowUp.RECORD_TYPE, String.valueOf(id), status(current, submitted));
        return submitted;
    }

    /** A case officer accepts submitted figures; the agreement the programme is run under then shows them. */
    @Transactional
    public FollowUp accept(long id, Long expectedVersion) {
        return review(id, expectedVersion, FollowUpStatus.ACCEPTED, null);
    }

    /** A case officer returns submitted figures for correction, saying why. */
    @Transactional
    public FollowUp returnForCorrection(long id, Long expectedVersion, String why) {
        String reason = ChildPrivacy.checked("reviewComment", "groups.field.review-comment", why, COMMENT_LENGTH);
        if (reason == null) {
            throw new Refusal("groups.follow-up.return-reason").at("reviewComment");
        }
        return review(id, expectedVersion, FollowUpStatus.RETURNED, reason);
    }

    private FollowUp review(long id, Long expectedVersion, FollowUpStatus outcome, @Nullable String reason) {
        String actor = currentUser.requireChanger();
        FollowUp current = Records.atVersion(FollowUp.RECORD_LABEL, id, find(id), expectedVersion);
        if (current.status() != FollowUpStatus.SUBMITTED) {
            throw new Refusal("groups.follow-up.not-submitted", Refusal.label(current.status().labelKey())).at("status");
        }
        FollowUp reviewed = Records.write(FollowUp.RECORD_LABEL, id,
                () -> followUps.update(current.reviewed(outcome, reason, clock.instant(), actor)), () -> followUps.findById(id));
        audit.record(outcome == FollowUpStatus.ACCEPTED ? "accept" : "return", FollowUp.RECORD_TYPE, String.valueOf(id),
                status(current, reviewed));
        if (outcome == FollowUpStatus.ACCEPTED) {
            events.publish(reference(reviewed), ACCEPTED_EVENT);
        }
        return reviewed;
    }

    /** The follow-up, if the current user may see its programme. */
    @Transactional(readOnly = true)
    public Optional<FollowUp> find(long id) {
        return followUps.findById(id).filter(f -> programmes.find(f.programmeId()).isPresent());
    }

    /** A programme's follow-ups, newest half-year first. */
    @Transactional(readOnly = true)
    public List<FollowUp> of(long programmeId) {
        return programmes.find(programmeId).isPresent()
                ? followUps.findByProgrammeId(programmeId, NEWEST_FIRST) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<FollowUp> of(long programmeId, HalfYear period) {
        return programmes.find(programmeId).isPresent()
                ? followUps.findByProgrammeIdAndPeriodYearAndPeriodHalf(programmeId, period.year(), period.half())
                : Optional.empty();
    }

    /** The accepted follow-ups of programmes, oldest half-year first (for an agreement's follow-up). */
    @Transactional(readOnly = true)
    public List<FollowUp> acceptedOf(List<Programme> visible) {
        if (visible.isEmpty()) {
            return List.of();
        }
        return followUps.findByProgrammeIdInAndStatus(visible.stream().map(Programme::id).toList(), FollowUpStatus.ACCEPTED,
                Sort.of(Sort.Order.asc("periodYear"), Sort.Order.asc("periodHalf")));
    }

    /** The follow-ups of programmes the caller has from {@link Programmes} (so may see), in one query. */
    @Transactional(readOnly = true)
    public List<FollowUp> ofProgrammes(List<Programme> visible) {
        return visible.isEmpty() ? List.of() : followUps.findByProgrammeIdIn(visible.stream().map(Programme::id).toList());
    }

    /** Whether the current user reports for the programme: its organisation's users, or a case officer. */
    public boolean mayReport(Programme programme) {
        return runsIt(programme) || currentUser.isChanger();
    }

    public static RecordReference reference(FollowUp followUp) {
        return RecordReference.of(GroupsModule.ID, FollowUp.RECORD_TYPE, followUp.id());
    }

    private String requireReporter(Programme programme) {
        if (runsIt(programme)) {
            return currentUser.actor();
        }
        if (currentUser.sight() instanceof Sight.Organisation) {
            throw new NotPermitted("groups.follow-up.not-provider");
        }
        return currentUser.requireChanger();
    }

    private boolean runsIt(Programme programme) {
        return programme.providerPartnerId() != null
                && programmes.scope().narrowedTo().filter(programme.providerPartnerId()::equals).isPresent();
    }

    private static void requireOpen(FollowUp followUp) {
        if (!followUp.status().isOpen()) {
            throw new Refusal("groups.follow-up.closed", Refusal.label(followUp.status().labelKey())).at("status");
        }
    }

    /** Counts changed, and whether the comment changed: the audit never quotes a comment (it may say too much). */
    private static Map<String, AuditLog.Change> changes(Figures before, Figures after, String commentBefore, String commentAfter) {
        Map<String, AuditLog.Change> changes = new LinkedHashMap<>(FieldValues.changes(before.asFieldValues(), after.asFieldValues()));
        if (!Objects.equals(commentBefore, commentAfter)) {
            changes.put("comment", new AuditLog.Change(commentBefore == null ? null : "…", commentAfter == null ? null : "…"));
        }
        return changes;
    }

    private static Map<String, AuditLog.Change> status(FollowUp before, FollowUp after) {
        return Map.of("status", new AuditLog.Change(before.status().name(), after.status().name()));
    }
}
