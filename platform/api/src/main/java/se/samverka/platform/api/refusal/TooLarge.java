package se.samverka.platform.api.refusal;

import io.micronaut.core.annotation.Nullable;

/** A file or request body over the size limit: 413 over HTTP. */
public class TooLarge extends Refusal {

    public TooLarge(String messageKey, @Nullable Throwable cause, Object... arguments) {
        super(messageKey, cause, arguments);
    }
}
