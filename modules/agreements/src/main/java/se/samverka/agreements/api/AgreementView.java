package se.samverka.agreements.api;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.agreements.steering.MeetingShortfall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement with everything it says ({@code terms}), where it is in its lifecycle, and the
 * steering-group warning: the years with fewer meetings held or planned than agreed.
 *
 * @param version       send it back when changing the agreement: a newer one refuses the change (409)
 * @param versionNumber the agreement's amendment count (version 1 is the decided original)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgreementView(long id, AgreementStatus status, AgreementTerms terms, @Nullable Decision decision,
                            @Nullable LocalDate renewalTalksStart, int versionNumber,
                            List<MeetingShortfallView> meetingShortfalls,
                            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    static AgreementView of(AgreementDetails details, List<MeetingShortfall> shortfalls) {
        Agreement a = details.agreement();
        return new AgreementView(a.id(), a.status(), details.terms(), a.decision().orElse(null), a.renewalTalksStart(),
                a.versionNumber(), shortfalls.stream().map(MeetingShortfallView::of).toList(),
                a.createdAt(), a.createdBy(), a.updatedAt(), a.updatedBy(), a.version());
    }

    /** A calendar year that falls short of the agreed minimum of steering-group meetings. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MeetingShortfallView(int year, long meetings, int minimum) {
        static MeetingShortfallView of(MeetingShortfall s) {
            return new MeetingShortfallView(s.year(), s.meetings(), s.minimum());
        }
    }
}
