package se.samverka.platform.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

import java.time.Duration;
import java.util.Locale;

/** Switching the UI language: for this session at once, and remembered in a cookie for the next. */
final class Language {

    private Language() {
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
