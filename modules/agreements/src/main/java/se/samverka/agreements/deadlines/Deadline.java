package se.samverka.agreements.deadlines;

import java.time.LocalDate;

/**
 * A dated deadline of an agreement.
 *
 * @param detail the reporting period's label for {@link DeadlineKind#REPORT_DUE}, the meetings held
 *               or planned and the minimum ({@code 1/2}) for {@link DeadlineKind#MEETING_SHORTFALL}, else null
 */
public record Deadline(DeadlineKind kind, long agreementId, String registryNumber, String title, LocalDate date,
                       String detail) {

    /** The agreement's path in the portal. */
    public String link() {
        return "agreements/" + agreementId;
    }

    /** Stable for the same deadline whatever its date becomes (e.g. a renewal date moved by an amendment). */
    public String uid() {
        return switch (kind) {
            case RENEWAL_TALKS -> "agreement-" + agreementId + ".renewal";
            case AGREEMENT_END -> "agreement-" + agreementId + ".end";
            case REPORT_DUE -> "agreement-" + agreementId + ".report." + detail;
            case MEETING_SHORTFALL -> "agreement-" + agreementId + ".meetings." + date.getYear();
        };
    }
}
