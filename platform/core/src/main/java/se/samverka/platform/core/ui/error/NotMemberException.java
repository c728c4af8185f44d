package se.samverka.platform.core.ui.error;

/** The navigation's reason when the signed-in user is not a member of the tenant whose host they are on. */
public class NotMemberException extends RuntimeException {

    public NotMemberException() {
        super("Not a member of the host's tenant");
    }
}
