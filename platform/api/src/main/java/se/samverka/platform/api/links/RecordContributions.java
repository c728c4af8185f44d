package se.samverka.platform.api.links;

import java.util.List;

/**
 * A module's records that report into other modules' records: a {@code @Singleton} bean per module. The
 * platform asks it (through {@link RecordDirectory#contributionsTo}) only while the module is enabled for the
 * tenant; it answers with its own sight, so what the user may not see is not there. Computed when asked,
 * never copied: each record reports once, and a change shows at once.
 */
public interface RecordContributions {

    /** The module whose records these are. */
    String moduleId();

    /** What the module's records report into the target, the ones the current user may see, oldest first. */
    List<Contribution> to(RecordReference target);
}
