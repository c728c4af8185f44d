package se.samverka.platform.api.i18n;

import se.samverka.platform.api.refusal.Refusal;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Translations from message bundles merged in order (the platform's first, then each module's): the
 * first bundle with the key wins; Swedish is the base file, English the {@code _en} file, and nothing
 * falls back to the JVM's default locale. Every message is a {@link MessageFormat} pattern, whether it
 * takes arguments or not: a quote is written {@code ''}. {@link Refusal.Label} arguments are translated, instants
 * shown as date and time in Swedish time, {@link Refusal.Person}s by {@link #person} (the username here;
 * the platform names them). The portal's own implementation; tests use it as it is.
 */
public class BundleTranslations implements Translations {

    public static final ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    /** @param bundles base names, e.g. {@code "i18n.platform"}, {@code "i18n.agreements"} */
    public BundleTranslations(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    /** For a subclass that knows its bundles only later ({@link #bundles()}). */
    protected BundleTranslations() {
        this.bundles = null;
    }

    /** The base names, in the order they are asked. */
    public List<String> bundles() {
        return bundles;
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        Locale supported = Languages.supported(locale);
        // every message is a MessageFormat pattern, with arguments or without (so '' is always one quote)
        return pattern(key, supported)
                .map(pattern -> new MessageFormat(pattern, supported).format(render(arguments, supported)))
                .orElse("!" + key);
    }

    /** The pattern of the key in the first bundle that has it. */
    public Optional<String> pattern(String key, Locale locale) {
        Locale supported = Languages.supported(locale);
        for (String bundle : bundles()) {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, supported, NO_FALLBACK).getString(key));
            } catch (MissingResourceException notHere) {
                // the next bundle
            }
        }
        return Optional.empty();
    }

    /** How a person named in a message is shown: here by username. */
    protected String person(String username, Locale locale) {
        return username;
    }

    private Object[] render(Object[] arguments, Locale locale) {
        Object[] rendered = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument instanceof Refusal.Label label) {
                rendered[i] = get(locale, label.key());
            } else if (argument instanceof Refusal.Person named) {
                rendered[i] = person(named.username(), locale);
            } else if (argument instanceof Instant instant) {
                rendered[i] = WHEN.format(instant.atZone(SWEDISH_TIME));
            } else {
                rendered[i] = argument;
            }
        }
        return rendered;
    }
}
