package se.samverka.platform.api.work;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of each user's "My work": a {@code @Singleton} bean per module. The platform calls it
 * while the module is enabled for the current tenant, with the tenant and user set, so the module applies
 * its usual rules of who sees what (a partner user: their organisation's work only). It should ask the
 * database once or twice, not per record: it runs for the navigation's count on every page.
 */
public interface WorkSource {

    /** How far ahead an item is "due soon". */
    int SOON_DAYS = 30;

    /** The module's id, as in its {@code ModuleManifest}. */
    String moduleId();

    /** The current user's overdue, waiting and due-soon items on {@code today}, in any order. */
    List<WorkItem> work(LocalDate today);
}
