package se.samverka.platform.api.links;

import java.util.List;
import java.util.Optional;

/**
 * Every module's {@link RecordSource}s, in the current tenant: a reference to a module that is not
 * installed or not enabled for the tenant, to another tenant's record, or to a record the user may not see
 * resolves to nothing — all alike, so a link never tells what is behind it.
 */
public interface RecordDirectory {

    Optional<LinkedRecord> resolve(RecordReference reference);

    /** For a picker: records of the module's type whose title contains the text. */
    List<LinkedRecord> search(String module, String type, String text, int limit);

    /** What the enabled modules' records report into the target record (e.g. an agreement), for the current user. */
    List<Contribution> contributionsTo(RecordReference target);

    /** Whether the module can be linked to in the current tenant now (installed, enabled, a source of the type). */
    boolean isAvailable(String module, String type);
}
