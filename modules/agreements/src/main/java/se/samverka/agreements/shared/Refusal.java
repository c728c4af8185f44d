package se.samverka.agreements.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Input or an action the module refuses, with a message key of the module's bundle
 * ({@code i18n/agreements*.properties}) and its arguments, so that the views and the API can say
 * why in the user's language. Nothing is written when a refusal is thrown: services check before
 * they write, and the surrounding transaction rolls back whatever came before.
 */
public class Refusal extends RuntimeException {

    static final String BUNDLE = "i18n.agreements";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final String messageKey;
    private final transient List<Object> arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(render(messageKey, Locale.ENGLISH, arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The message in Swedish, or English when the locale asks for it. */
    public String message(Locale locale) {
        return render(messageKey, locale, arguments.toArray());
    }

    /** An argument that is itself translated, e.g. the name of the field a refusal is about. */
    public static Label label(String messageKey) {
        return new Label(messageKey);
    }

    static String render(String key, Locale locale, Object... arguments) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH;
        Object[] rendered = Arrays.stream(arguments)
                .map(argument -> argument instanceof Label label ? render(label.key(), language) : argument)
                .toArray();
        try {
            // no fallback to the JVM's default locale: Swedish is the base file, English the _en file
            String pattern = ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return new MessageFormat(pattern, language).format(rendered);
        } catch (MissingResourceException e) {
            return key + " " + Arrays.toString(rendered);
        }
    }

    /** A message key given as an argument, translated with the message. */
    public record Label(String key) {
    }
}
