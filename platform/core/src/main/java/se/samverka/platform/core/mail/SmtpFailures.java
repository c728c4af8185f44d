package se.samverka.platform.core.mail;

import java.io.IOException;

/** Tells an SMTP server that cannot be reached (down, restarting, a network fault) from one that refused a mail. */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /** A connection that failed or broke: an I/O error anywhere in the causes (Jakarta Mail chains them). */
    static boolean serverAway(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
        }
        return false;
    }
}
