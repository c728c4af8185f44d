package se.samverka.platform.api.links;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one module's record names another module's record without a compile dependency:
 * {@code <module>:<type>:<id>}, e.g. {@code agreements:agreement:12} (a group run under an agreement).
 * Stored as text; resolved by the owning module's {@link RecordSource} through the {@link RecordDirectory}.
 */
public record RecordReference(String module, String type, String id) {

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TEXT = Pattern.compile("([^:]+):([^:]+):([^:]+)");

    public RecordReference {
        if (module == null || !PART.matcher(module).matches() || type == null || !PART.matcher(type).matches()
                || id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a record reference: " + module + ":" + type + ":" + id);
        }
    }

    /** The reference a text holds, if it is one. */
    public static Optional<RecordReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordReference(m.group(1), m.group(2), m.group(3)));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }

    public static RecordReference of(String module, String type, long id) {
        return new RecordReference(module, type, Long.toString(id));
    }

    @Override
    public String toString() {
        return module + ":" + type + ":" + id;
    }
}
