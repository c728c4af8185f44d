package se.samverka.platform.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's deadlines for the personal calendar feed: a {@code @Singleton} bean per module. The
 * platform calls it once per tenant the user belongs to and has the module enabled, with that tenant
 * and the user (as the user directory knows them now) set as current, so the module applies its
 * usual rules of who sees what.
 */
public interface DeadlineSource {

    /** The module's id, as in its {@code ModuleManifest}. */
    String moduleId();

    /** The current user's deadlines in the current tenant from {@code from} to {@code to}, both included. */
    List<CalendarEntry> deadlines(LocalDate from, LocalDate to);
}
