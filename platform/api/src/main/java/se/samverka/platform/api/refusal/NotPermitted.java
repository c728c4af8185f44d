package se.samverka.platform.api.refusal;

/**
 * An action on something the user may see, but that their role does not allow (readers and partner
 * users change no case records): 403 over HTTP. What the user may not see at all is a
 * {@link RecordNotFound} instead.
 */
public class NotPermitted extends Refusal {

    /** The role does not allow the change. */
    public static final String KEY = "refusal.role";
    /** Nobody is signed in and the portal itself is not working either. */
    public static final String KEY_NOT_SIGNED_IN = "refusal.not-signed-in";

    public NotPermitted() {
        this(KEY);
    }

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
