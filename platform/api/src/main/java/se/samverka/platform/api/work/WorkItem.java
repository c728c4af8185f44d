package se.samverka.platform.api.work;

import io.micronaut.core.annotation.Nullable;
import se.samverka.platform.api.module.LocalizedText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing the current user has to do, e.g. "Rapport 2024-H1 · KS/2021:1 IOP Orust – Junis" with what to do:
 * "Granska rapporten som lämnades 2024-08-02: godkänn den eller skicka tillbaka den för komplettering."
 *
 * @param uid   stable for the same item from day to day, unique within the module
 * @param date  the date it was due (overdue, due soon) or since when it waits
 * @param what  the record it concerns, as people know it
 * @param todo  what to do, one or two sentences (a returned report says why)
 * @param link  a path inside the portal that opens where to do it, e.g. {@code agreements/42?tab=follow-up}
 */
public record WorkItem(String uid, Urgency urgency, LocalDate date, LocalizedText what, LocalizedText todo,
                       @Nullable String link) {

    public WorkItem {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(todo, "todo");
    }

    /** An item due on a date: overdue once the date has passed, else due soon. */
    public static WorkItem due(String uid, LocalDate date, LocalDate today, LocalizedText what, LocalizedText todo,
                               @Nullable String link) {
        return new WorkItem(uid, date.isBefore(today) ? Urgency.OVERDUE : Urgency.DUE_SOON, date, what, todo, link);
    }
}
