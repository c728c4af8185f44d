package se.samverka.platform.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.samverka.platform.core.i18n.Messages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Locale;

/** Switching the UI language: for this session at once, and remembered in a cookie for the next. */
final class Language {

    private Language() {
    }

    /** "Svenska" and "English" as a labelled group of buttons, each in its own language, ids {@code <prefix>-sv/-en}. */
    static HorizontalLayout buttons(String idPrefix, String groupLabel) {
        HorizontalLayout languages = new HorizontalLayout(button("Svenska", Messages.SWEDISH, idPrefix),
                button("English", Messages.ENGLISH, idPrefix));
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", groupLabel);
        return languages;
    }

    private static Button button(String name, Locale locale, String idPrefix) {
        Button button = new Button(name, e -> switchTo(locale));
        button.setId(idPrefix + "-" + locale.getLanguage());
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(PortalUiSetup.LANGUAGE_COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }
}
