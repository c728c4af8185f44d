package se.samverka.platform.core.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import se.samverka.platform.api.i18n.BundleTranslations;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.core.module.ModuleRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portal's translations, for Vaadin ({@link I18NProvider}) and everything else
 * ({@link se.samverka.platform.api.i18n.Translations}): the platform's bundle merged with every installed
 * module's bundle (a module's keys are prefixed with its id by convention, so they cannot collide);
 * people named in messages by their names from the user directory ({@link PersonNames}).
 */
@Singleton
public class PortalI18NProvider extends BundleTranslations implements I18NProvider {

    private final BeanProvider<ModuleRegistry> modules;
    private final PersonNames names;
    private volatile List<String> bundles;

    // the registry lazily: modules' beans (widgets, jobs) translate, and the registry is made of them
    PortalI18NProvider(BeanProvider<ModuleRegistry> modules, PersonNames names) {
        this.modules = modules;
        this.names = names;
    }

    @Override
    public List<String> bundles() {
        List<String> known = bundles;
        if (known == null) {
            List<String> list = new ArrayList<>();
            list.add(Messages.PLATFORM_BUNDLE);
            modules.get().all().forEach(m -> m.messageBundle().ifPresent(list::add));
            known = List.copyOf(list);
            bundles = known;
        }
        return known;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.OFFERED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return get(locale, key, params);
    }

    @Override
    protected String person(String username, Locale locale) {
        return names.nameOf(username, locale);
    }
}
