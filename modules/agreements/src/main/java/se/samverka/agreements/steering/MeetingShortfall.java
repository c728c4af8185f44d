package se.samverka.agreements.steering;

/**
 * A calendar year in which fewer steering-group meetings are held or planned than the agreement
 * asks for: the warning the agreement shows.
 */
public record MeetingShortfall(int year, long meetings, int minimum) {
}
