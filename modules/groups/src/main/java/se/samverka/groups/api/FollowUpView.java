package se.samverka.groups.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.groups.followup.Figures;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpStatus;

import java.time.Instant;

/**
 * A half-year's follow-up with its exact figures: for those who report it (the organisation that runs the
 * programme) and review it (the tenant's case officers). Everyone else reads the protected table.
 */
@Serdeable
public record FollowUpView(long id, long programmeId, String period, FollowUpStatus status, Figures figures,
                           @Nullable String comment, @Nullable String reviewComment, @Nullable Instant submittedAt,
                           @Nullable String submittedBy, @Nullable Instant reviewedAt, @Nullable String reviewedBy,
                           long version) {

    static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id(), f.programmeId(), f.halfYear().key(), f.status(), f.figures(), f.comment(),
                f.reviewComment(), f.submittedAt(), f.submittedBy(), f.reviewedAt(), f.reviewedBy(), f.version());
    }
}
