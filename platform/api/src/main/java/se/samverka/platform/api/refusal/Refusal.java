package se.samverka.platform.api.refusal;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Input or an action the portal refuses, said in words the user reads: a message key of the portal's
 * merged bundles (the platform's and every module's, {@code i18n/*.properties}) with its arguments,
 * and optionally the field it concerns. Nothing is written when a refusal is thrown: services check
 * before they write, and the surrounding transaction rolls back whatever came before.
 *
 * <p>Arguments are shown as they are, but for a {@link Label} (translated), a {@link Person} (the
 * person's name) and an {@link java.time.Instant} (date and time in Swedish time).
 *
 * <p>The platform renders every refusal once: over HTTP as translated {@code application/problem+json}
 * (422, or the status of the subclass: {@link RecordNotFound} 404, {@link NotPermitted} 403,
 * {@link StaleRecord} 409, {@link UnreadableParameter} 400) with {@code code} (the key) and {@code field};
 * in a view as an error notification, or at the field when the form binds it ({@code FieldRefusals}).
 * So services and controllers simply throw.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private String field;

    public Refusal(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    /** A refusal because of another failure (kept as the cause, e.g. a rejected document). */
    public Refusal(String messageKey, @Nullable Throwable cause, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        if (cause != null) {
            initCause(cause);
        }
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /**
     * Names the field the refusal concerns, as the API's JSON spells its path (e.g. {@code "title"},
     * {@code "period.end"}, {@code "organisationNumber"}); forms show the message at the field bound to it.
     */
    public Refusal at(String field) {
        this.field = field;
        return this;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The field the refusal concerns: the one named by {@link #at}, else that of a {@link Label} argument of a field. */
    public Optional<String> field() {
        if (field != null) {
            return Optional.of(field);
        }
        return arguments.stream().filter(Label.class::isInstance).map(Label.class::cast)
                .map(Label::field).flatMap(Optional::stream).findFirst();
    }

    /** An argument that is itself translated, e.g. the name of the field a refusal is about. */
    public static Label label(String messageKey) {
        return new Label(messageKey);
    }

    /** An argument naming a portal user by username: shown as their name (the platform looks it up). */
    public static Person person(String username) {
        return new Person(username);
    }

    /** A portal user named in a refusal; the work of the portal itself is {@code system:<purpose>}. */
    public record Person(String username) {
    }

    /**
     * A message key given as an argument, translated with the message. A label of a field follows the
     * convention {@code <module>.field.<name>} (e.g. {@code agreements.field.registry-number}); the
     * refusal then concerns the field {@code registryNumber}.
     */
    public record Label(String key) {

        private static final String FIELD = ".field.";

        /** The field a field label names, in the API's camel case. */
        public Optional<String> field() {
            int at = key.indexOf(FIELD);
            if (at < 0) {
                return Optional.empty();
            }
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : key.substring(at + FIELD.length()).toCharArray()) {
                if (c == '-') {
                    upper = true;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return Optional.of(name.toString());
        }
    }
}
