package se.samverka.platform.api.refusal;

/**
 * A query parameter whose value cannot be read (an unknown status or sort, a date that is no date):
 * 400, as for the parameters Micronaut binds itself, but in the caller's language.
 */
public class UnreadableParameter extends Refusal {

    public UnreadableParameter(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
