package se.samverka.platform.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import se.samverka.platform.core.module.ModuleRegistry;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Vaadin's translations: the platform's bundle merged with every installed module's bundle
 * (a module's keys are prefixed with its id by convention, so they cannot collide).
 */
@Singleton
public class PortalI18NProvider implements I18NProvider {

    private final List<String> bundles;

    PortalI18NProvider(ModuleRegistry modules) {
        List<String> names = new ArrayList<>();
        names.add(Messages.PLATFORM_BUNDLE);
        modules.all().forEach(m -> m.messageBundle().ifPresent(names::add));
        this.bundles = List.copyOf(names);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Messages.supported(locale);
        for (String bundle : bundles) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, supported, Messages.NoFallback.INSTANCE).getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
            } catch (MissingResourceException notHere) {
                // try the next bundle
            }
        }
        return "!" + key;
    }
}
