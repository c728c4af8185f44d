package se.samverka.platform.api.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a module's record has (an enum of the module's), and how they are kept. The kind
 * is kept in the store's owner type ({@code agreement-decision}, {@code groups-programme-report}) rather
 * than in a table of the module's own: the store already scopes by owner type and id, so listing a
 * record's documents stays a few indexed lookups and the module needs no migration for them.
 *
 * @param type        the module's enum of kinds
 * @param ownerPrefix the store's owner type before the kind, unique to the module's record type
 * @param labelPrefix message key before the kind's constant name, e.g. {@code agreements.document-kind.}
 */
public record DocumentKinds<K extends Enum<K>>(Class<K> type, String ownerPrefix, String labelPrefix) {

    public List<K> all() {
        return List.of(type.getEnumConstants());
    }

    /** The store's owner type of documents of this kind. */
    public String ownerType(K kind) {
        return ownerPrefix + "-" + code(kind);
    }

    public String labelKey(K kind) {
        return labelPrefix + kind.name();
    }

    /** The kind as clients send it: {@code signed-agreement}. */
    public String code(K kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind of a stored document's owner type, if it is one of these. */
    public Optional<K> ofOwnerType(String ownerType) {
        return all().stream().filter(kind -> ownerType(kind).equals(ownerType)).findFirst();
    }

    /** Parses {@code signed-agreement}, {@code SIGNED_AGREEMENT}, … as a client may send it. */
    public Optional<K> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(kind -> kind.name().equals(normalised)).findFirst();
    }
}
