package se.samverka.app;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Optional;

/**
 * Keycloak's own login page, as a user fills it in: the username and password on one page, or (Keycloak
 * 26 with Organizations) the username first and the password on a second page.
 */
final class KeycloakLoginPage {

    private final String keycloakBaseUrl;
    private static volatile boolean shapeReported;

    KeycloakLoginPage(String keycloakBaseUrl) {
        this.keycloakBaseUrl = keycloakBaseUrl;
    }

    /** Waits for Keycloak's page, then signs in. */
    void signIn(PortalBrowser browser, String username, String password) {
        browser.await().until(d -> d.getCurrentUrl().startsWith(keycloakBaseUrl)
                && (usernameField(browser).isPresent() || passwordField(browser).isPresent()));
        Optional<WebElement> user = usernameField(browser);
        if (user.isPresent()) {
            user.get().clear();
            user.get().sendKeys(username);
            boolean twoPages = passwordField(browser).isEmpty();
            if (!shapeReported) {
                shapeReported = true;
                System.out.println("Keycloak's login page asks for " + (twoPages
                        ? "the username first and the password on a second page" : "username and password on one page"));
            }
            if (twoPages) {
                submit(browser);
                browser.await().until(d -> passwordField(browser).isPresent());
            }
        }
        WebElement pass = passwordField(browser).orElseThrow();
        pass.clear();
        pass.sendKeys(password);
        submit(browser);
    }

    /** True once the browser shows Keycloak's page asking who the user is. */
    boolean isShown(PortalBrowser browser) {
        return browser.currentUrl().startsWith(keycloakBaseUrl)
                && (usernameField(browser).isPresent() || passwordField(browser).isPresent());
    }

    Optional<WebElement> usernameField(PortalBrowser browser) {
        return displayed(browser, "#kc-form-login input#username:not([readonly])");
    }

    Optional<WebElement> passwordField(PortalBrowser browser) {
        return displayed(browser, "#kc-form-login input#password");
    }

    /** The error Keycloak's page shows (field error or page message), or null. */
    String error(PortalBrowser browser) {
        return browser.driver().findElements(By.cssSelector("[id^='input-error'], .pf-v5-c-alert__title, .kc-feedback-text"))
                .stream().filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(t -> !t.isEmpty())
                .findFirst().orElse(null);
    }

    private static void submit(PortalBrowser browser) {
        WebElement button = browser.driver().findElement(By.id("kc-login"));
        browser.click(button);
        browser.await().until(ExpectedConditions.stalenessOf(button));
    }

    private static Optional<WebElement> displayed(PortalBrowser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst();
    }
}
