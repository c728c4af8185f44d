package se.samverka.partnerships.api;

import io.micronaut.serde.annotation.Serdeable;
import se.samverka.partnerships.partnership.Warning;
import se.samverka.platform.api.i18n.Translations;

import java.util.List;
import java.util.Locale;

/** A warning as the API answers it: the code to act on and the text in the caller's language. */
@Serdeable
public record Messages(String code, String message) {

    static List<Messages> of(List<Warning> warnings, Translations translations, Locale locale) {
        return warnings.stream().map(w -> new Messages(w.messageKey(),
                translations.get(locale, w.messageKey(), w.arguments().toArray()))).toList();
    }
}
