package se.samverka.agreements.shared;

/** An action the signed-in user's roles do not allow (readers and partner users change no case records). */
public class NotPermitted extends Refusal {

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
