package se.samverka.platform.api.refusal;

/**
 * A record that does not exist in the current tenant, or that the user may not see: both look the
 * same from outside (404 over HTTP, the portal's "not found" in a view), so nobody learns what another
 * tenant or organisation has.
 */
public class RecordNotFound extends Refusal {

    public static final String KEY = "refusal.not-found";

    /**
     * @param recordLabel the message key of the record type's name, e.g. {@code "agreements.record.agreement"}
     */
    public RecordNotFound(String recordLabel, Object id) {
        super(KEY, Refusal.label(recordLabel), String.valueOf(id));
    }
}
