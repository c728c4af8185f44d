package se.samverka.platform.api.refusal;

/**
 * A request body that cannot be read as what the operation takes: not JSON, data after the JSON, an
 * unknown field, a value of the wrong type, a date outside what the portal stores. 400 over HTTP, with
 * the field as a JSON pointer into the body (e.g. {@code /terms/partnerId}).
 */
public class UnreadableBody extends Refusal {

    public UnreadableBody(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
