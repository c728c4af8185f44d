package se.samverka.groups.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.term.Term;
import se.samverka.platform.api.data.EditedRecord;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One group of a programme: a term's (or a continuous start's) sessions at a venue with its leaders. */
@Serdeable
@MappedEntity("groups_group")
public record SupportGroup(@Id @GeneratedValue @Nullable Long id,
                           @TenantId @Nullable String tenantId,
                           long programmeId,
                           String name,
                           @Nullable Integer termYear,
                           @Nullable Term.Kind termKind,
                           LocalDate startsOn,
                           LocalDate endsOn,
                           @Nullable String venue,
                           @Nullable DayOfWeek weekday,
                           @Nullable LocalTime startTime,
                           @Nullable Integer sessionCount,
                           @Nullable Integer sessionMinutes,
                           @Nullable Integer capacity,
                           @Nullable Integer ageFrom,
                           @Nullable Integer ageTo,
                           @MappedProperty(converter = LeadersConverter.class) List<Leader> leaders,
                           GroupStatus status,
                           @Nullable CancelReason cancelReason,
                           Instant createdAt,
                           String createdBy,
                           Instant updatedAt,
                           String updatedBy,
                           @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "group";
    public static final String RECORD_LABEL = "groups.record.group";

    public GroupDetails details() {
        return new GroupDetails(name, termYear == null ? null : new Term(termYear, termKind).toString(), startsOn, endsOn,
                venue, weekday, startTime, sessionCount, sessionMinutes, capacity, ageFrom, ageTo, leaders);
    }

    /** The term it runs in; a continuous start's is the term it starts in. */
    public Term term() {
        return termYear == null ? Term.of(startsOn) : new Term(termYear, termKind);
    }

    public boolean hasTrainedLeader() {
        return leaders.stream().anyMatch(Leader::trained);
    }

    /** Still planned after its start date: the reminders ask whether it started. */
    public boolean isLateToStart(LocalDate today) {
        return status == GroupStatus.PLANNED && today.isAfter(startsOn);
    }

    static SupportGroup create(long programmeId, GroupDetails d, Instant now, String actor) {
        Term term = d.parsedTerm().orElse(null);
        return new SupportGroup(null, null, programmeId, d.name(), term == null ? null : term.year(),
                term == null ? null : term.kind(), d.startsOn(), d.endsOn(), d.venue(), d.weekday(), d.startTime(),
                d.sessionCount(), d.sessionMinutes(), d.capacity(), d.ageFrom(), d.ageTo(), d.leaders(),
                GroupStatus.PLANNED, null, now, actor, now, actor, null);
    }

    SupportGroup with(GroupDetails d, Instant now, String actor) {
        Term term = d.parsedTerm().orElse(null);
        return new SupportGroup(id, tenantId, programmeId, d.name(), term == null ? null : term.year(),
                term == null ? null : term.kind(), d.startsOn(), d.endsOn(), d.venue(), d.weekday(), d.startTime(),
                d.sessionCount(), d.sessionMinutes(), d.capacity(), d.ageFrom(), d.ageTo(), d.leaders(),
                status, cancelReason, createdAt, createdBy, now, actor, version);
    }

    SupportGroup moved(GroupStatus to, @Nullable CancelReason reason, Instant now, String actor) {
        return new SupportGroup(id, tenantId, programmeId, name, termYear, termKind, startsOn, endsOn, venue, weekday,
                startTime, sessionCount, sessionMinutes, capacity, ageFrom, ageTo, leaders, to, reason,
                createdAt, createdBy, now, actor, version);
    }
}
