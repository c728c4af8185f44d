package se.samverka.platform.core.tenant;

import java.nio.file.Path;

/** A tenant file that cannot be applied: names the file and the field, so start-up can say what to fix. */
public class TenantFileException extends RuntimeException {

    private final transient Path file;
    private final String field;

    public TenantFileException(Path file, String field, String problem) {
        super("Tenant file " + file + ": field '" + field + "' " + problem);
        this.file = file;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public String field() {
        return field;
    }
}
