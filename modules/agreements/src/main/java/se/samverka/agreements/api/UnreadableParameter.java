package se.samverka.agreements.api;

import se.samverka.agreements.shared.Refusal;

/**
 * A query parameter whose value cannot be read (an unknown status or sort, a date that is no
 * date). Answered 400 like the parameters Micronaut binds itself, but in the caller's language.
 */
public class UnreadableParameter extends Refusal {

    public UnreadableParameter(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
