package se.samverka.agreements.steering;

import se.samverka.platform.api.data.Records;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The steering group's meetings: case officers plan them and record them as held (with minutes and
 * decisions) or cancelled; everyone who may see the agreement sees its meetings and the warning
 * when a year falls short of the agreed minimum.
 */
@Singleton
public class SteeringMeetings {

    static final String RECORD_TYPE = "steering-meeting";
    static final String RECORD_LABEL = "agreements.record." + RECORD_TYPE;

    private final SteeringMeetingRepository meetings;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SteeringMeetings(SteeringMeetingRepository meetings, Agreements agreements, PartnerAccess access, CurrentUser currentUser,
                     AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a meeting, planned or already held, to a decided agreement. */
    @Transactional
    public SteeringMeeting add(long agreementId, MeetingDetails input) {
        String actor = currentUser.requireChanger();
        Agreement agreement = agreements.find(agreementId).orElseThrow(() -> new RecordNotFound("agreements.record.agreement", agreementId));
        requireDecided(agreement);
        MeetingDetails details = input.validated(LocalDate.now(clock));
        SteeringMeeting saved = meetings.save(SteeringMeeting.create(agreementId, details, clock.instant(), actor));
        audit.record("create", RECORD_TYPE, String.valueOf(saved.id()), FieldValues.created(details));
        return saved;
    }

    /** Changes a meeting, e.g. records it as held with its minutes. */
    @Transactional
    public SteeringMeeting update(long meetingId, long expectedVersion, MeetingDetails input) {
        String actor = currentUser.requireChanger();
        SteeringMeeting current = Records.atVersion(RECORD_LABEL, meetingId, meetings.findById(meetingId), expectedVersion);
        MeetingDetails details = input.validated(LocalDate.now(clock));
        SteeringMeeting updated = Records.write(RECORD_LABEL, meetingId,
                () -> meetings.update(current.withDetails(details, clock.instant(), actor)), () -> meetings.findById(meetingId));
        audit.record("update", RECORD_TYPE, String.valueOf(meetingId), FieldValues.changes(current.details(), details));
        return updated;
    }

    /** The agreement's meetings by date, if the current user may see the agreement. */
    @Transactional(readOnly = true)
    public List<SteeringMeeting> meetings(long agreementId) {
        return access.maySee(agreementId) ? meetings.findByAgreementIdOrderByMeetingDate(agreementId) : List.of();
    }

    /** A meeting, if the current user may see its agreement. */
    @Transactional(readOnly = true)
    public Optional<SteeringMeeting> find(long meetingId) {
        return meetings.findById(meetingId).filter(meeting -> access.maySee(meeting.agreementId()));
    }

    /**
     * The years that fall short of the agreed minimum of meetings, while the agreement is in force
     * (a draft has no steering group yet, an ended agreement needs none).
     */
    @Transactional(readOnly = true)
    public List<MeetingShortfall> shortfalls(long agreementId) {
        return agreements.find(agreementId)
                .filter(agreement -> agreement.status().isInForce())
                .map(agreement -> MeetingMinimum.shortfalls(agreement.period(), agreement.minimumMeetingsPerYear(),
                        meetings.findByAgreementIdOrderByMeetingDate(agreementId), LocalDate.now(clock)))
                .orElse(List.of());
    }

    private static void requireDecided(Agreement agreement) {
        if (agreement.status().isEditable()) {
            throw new Refusal("agreements.meeting.not-decided", Refusal.label(agreement.status().labelKey()));
        }
    }
}
