package se.samverka.platform.api.links;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module's records that other modules may link to: a {@code @Singleton} bean per module. It resolves and
 * searches in the current tenant with the module's own rules of who sees what (a partner user sees their
 * organisation's records only): what the current user may not see is not there. The platform asks it only
 * while the module is enabled for the tenant ({@link RecordDirectory}).
 */
public interface RecordSource {

    /** The module whose records these are. */
    String moduleId();

    /** The record types it can link, e.g. {@code agreement}. */
    Set<String> types();

    /** The record, if it exists in the current tenant and the current user may see it. */
    Optional<LinkedRecord> resolve(String type, String id);

    /** Records of the type whose title contains the text, the ones the user may see, at most {@code limit}. */
    List<LinkedRecord> search(String type, String text, int limit);
}
