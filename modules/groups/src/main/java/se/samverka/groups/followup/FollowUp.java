package se.samverka.groups.followup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.api.data.EditedRecord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A programme's follow-up for a half-year: its counts, where it stands, and who sent and reviewed it when. */
@Serdeable
@MappedEntity("groups_follow_up")
public record FollowUp(@Id @GeneratedValue @Nullable Long id,
                       @TenantId @Nullable String tenantId,
                       long programmeId,
                       int periodYear,
                       int periodHalf,
                       FollowUpStatus status,
                       @Nullable Integer enrolled,
                       @Nullable Integer groupsRunning,
                       @Nullable Integer newChildren,
                       @Nullable Integer remaining,
                       @Nullable Integer notAttending,
                       @Nullable Integer requestedByOtherService,
                       @Nullable Integer violenceExperience,
                       @Nullable Integer waitingList,
                       @Nullable Integer registrations,
                       @MappedProperty(converter = CountsConverter.class) Map<String, Integer> breakdowns,
                       @Nullable String comment,
                       @Nullable String reviewComment,
                       @Nullable Instant submittedAt,
                       @Nullable String submittedBy,
                       @Nullable Instant reviewedAt,
                       @Nullable String reviewedBy,
                       Instant createdAt,
                       String createdBy,
                       Instant updatedAt,
                       String updatedBy,
                       @Version @Nullable Long version) implements EditedRecord {

    public static final String RECORD_TYPE = "follow-up";
    public static final String RECORD_LABEL = "groups.record.follow-up";

    public HalfYear halfYear() {
        return new HalfYear(periodYear, periodHalf);
    }

    public Figures figures() {
        return new Figures(enrolled, groupsRunning, newChildren, remaining, notAttending, requestedByOtherService,
                violenceExperience, waitingList, registrations, part(Breakdown.NOT_ATTENDING_REASONS),
                part(Breakdown.REFERRING_SERVICES), part(Breakdown.HEARD_VIA), part(Breakdown.AGE_BANDS),
                part(Breakdown.GENDERS));
    }

    private Map<String, Integer> part(Breakdown breakdown) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String prefix = breakdown.field() + ".";
        breakdowns.forEach((key, count) -> {
            if (key.startsWith(prefix)) {
                counts.put(key.substring(prefix.length()), count);
            }
        });
        return counts.isEmpty() ? null : counts;
    }

    static Map<String, Integer> flatten(Figures figures) {
        Map<String, Integer> flat = new LinkedHashMap<>();
        for (Breakdown breakdown : Breakdown.values()) {
            figures.breakdown(breakdown).forEach((category, count) -> flat.put(breakdown.field() + "." + category, count));
        }
        return flat;
    }

    static FollowUp create(long programmeId, HalfYear period, Figures f, @Nullable String comment, Instant now, String actor) {
        return new FollowUp(null, null, programmeId, period.year(), period.half(), FollowUpStatus.DRAFT, f.enrolled(),
                f.groupsRunning(), f.newChildren(), f.remaining(), f.notAttending(), f.requestedByOtherService(),
                f.violenceExperience(), f.waitingList(), f.registrations(), flatten(f), comment, null, null, null, null, null,
                now, actor, now, actor, null);
    }

    FollowUp with(Figures f, @Nullable String newComment, Instant now, String actor) {
        return new FollowUp(id, tenantId, programmeId, periodYear, periodHalf, status, f.enrolled(), f.groupsRunning(),
                f.newChildren(), f.remaining(), f.notAttending(), f.requestedByOtherService(), f.violenceExperience(),
                f.waitingList(), f.registrations(), flatten(f), newComment, reviewComment, submittedAt, submittedBy,
                reviewedAt, reviewedBy, createdAt, createdBy, now, actor, version);
    }

    FollowUp submitted(Instant now, String actor) {
        return new FollowUp(id, tenantId, programmeId, periodYear, periodHalf, FollowUpStatus.SUBMITTED, enrolled,
                groupsRunning, newChildren, remaining, notAttending, requestedByOtherService, violenceExperience, waitingList,
                registrations, breakdowns, comment, reviewComment, now, actor, reviewedAt, reviewedBy, createdAt, createdBy,
                now, actor, version);
    }

    FollowUp reviewed(FollowUpStatus outcome, @Nullable String review, Instant now, String actor) {
        return new FollowUp(id, tenantId, programmeId, periodYear, periodHalf, outcome, enrolled, groupsRunning,
                newChildren, remaining, notAttending, requestedByOtherService, violenceExperience, waitingList, registrations,
                breakdowns, comment, review, submittedAt, submittedBy, now, actor, createdAt, createdBy, now, actor, version);
    }
}
