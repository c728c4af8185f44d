package se.samverka.agreements.shared;

/**
 * A record that does not exist in the current tenant, or that the user may not see: both look the
 * same from outside (the API answers 404 for either), so nobody learns what another tenant or
 * organisation has.
 */
public class RecordNotFound extends Refusal {

    /** @param recordType the record type's name, e.g. {@code "agreement"} (message key {@code agreements.record.<type>}) */
    public RecordNotFound(String recordType, Object id) {
        super("agreements.refused.not-found", Refusal.label("agreements.record." + recordType), String.valueOf(id));
    }
}
