package se.samverka.platform.api.links;

/** Publishes {@link RecordEvent}s for delivery after the current transaction commits (at once without one). */
public interface RecordEvents {

    /** In the current tenant, now. */
    RecordEvent publish(RecordReference reference, String kind);
}
