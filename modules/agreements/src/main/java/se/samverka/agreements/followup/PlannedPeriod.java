package se.samverka.agreements.followup;

import java.time.LocalDate;

/** A reporting period as the schedule plans it. */
record PlannedPeriod(String label, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
}
