package se.samverka.platform.api.data;

import java.time.Instant;
import java.util.Optional;

/**
 * A versioned record that keeps who changed it last and when in {@code updated_by}/{@code updated_at}
 * (an entity record with the components {@code updatedBy} and {@code updatedAt} implements this by
 * saying so): a stale change names them.
 */
public interface EditedRecord extends Versioned {

    String updatedBy();

    Instant updatedAt();

    @Override
    default Optional<String> lastEditor() {
        return Optional.ofNullable(updatedBy());
    }

    @Override
    default Optional<Instant> lastEdited() {
        return Optional.ofNullable(updatedAt());
    }
}
