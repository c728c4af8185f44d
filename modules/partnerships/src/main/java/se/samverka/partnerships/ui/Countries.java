package se.samverka.partnerships.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import se.samverka.partnerships.country.EligibleCountry;
import se.samverka.platform.api.i18n.Languages;

import java.util.Locale;

/** A country's name in the view's language. */
final class Countries {

    private Countries() {
    }

    static String name(Component view, String code) {
        UI ui = view.getUI().orElse(UI.getCurrent());
        Locale locale = ui == null ? Languages.SWEDISH : ui.getLocale();
        return EligibleCountry.name(code, locale);
    }
}
