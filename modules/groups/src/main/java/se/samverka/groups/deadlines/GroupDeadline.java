package se.samverka.groups.deadlines;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Something of a programme that is due or overdue.
 *
 * @param subject what it is about, for the texts: a half-year ("HT 2025"), a group's name, a term
 */
public record GroupDeadline(Kind kind, long programmeId, String programmeName, @Nullable Long providerPartnerId,
                            LocalDate date, String subject, String uid) {

    /** The kinds of deadline the module has. */
    public enum Kind {
        /** A half-year's follow-up is asked for: two weeks before the half-year ends, due at the end of the month after. */
        FOLLOW_UP_DUE,
        /** A group is still planned after its start date: did it start? */
        GROUP_NOT_STARTED,
        /** A programme that had a group last term has none this term. */
        NO_GROUP_THIS_TERM;

        public String summaryKey() {
            return "groups.deadline." + name() + ".summary";
        }

        public String descriptionKey() {
            return "groups.deadline." + name() + ".description";
        }
    }

    public boolean isOverdueOn(LocalDate day) {
        return day.isAfter(date);
    }

    public String link() {
        return "groups/" + programmeId + (kind == Kind.FOLLOW_UP_DUE ? "?tab=follow-up" : "?tab=groups");
    }
}
