package se.samverka.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case officer of Orust signs in, switches the language and signs out again, in a real headless
 * Chromium against the whole portal (production frontend bundle, real database). Also: a wrong
 * password shows the translated error, and neither the login page nor the dashboard has a serious or
 * critical accessibility violation according to axe-core.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (see {@link PortalBrowser}); without
 * them the test fails, it never skips.
 */
class CaseOfficerSignsInAndOutInChromiumTest {

    @RegisterExtension
    static final DemoPortalInChromium chromium = new DemoPortalInChromium();

    private PortalBrowser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = chromium.open("browser");
        driver = browser.driver();
        wait = browser.await();
    }

    @Test
    void signsInSwitchesToEnglishAndSignsOut() {
        long started = System.nanoTime();
        driver.get(chromium.baseUrl());
        waitForLoginForm();
        long loginShown = System.nanoTime();
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(loginFormTitle()).isEqualTo("Logga in");
        browser.assertNoSeriousAccessibilityViolations("login page");

        long typingStarted = System.nanoTime();
        signIn("officer.orust", "demo");
        browser.waitForDashboardHeading("Översikt");
        long signedIn = System.nanoTime();
        // open → login form → typing and submit → dashboard visible; the checks in between do not count
        long signInMillis = ((loginShown - started) + (signedIn - typingStarted)) / 1_000_000;
        System.out.printf("E2E sign-in took %d ms%n", signInMillis);

        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        browser.assertNoSeriousAccessibilityViolations("dashboard");

        browser.openUserMenuItem("Språk");
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))));
        browser.waitForDashboardHeading("Dashboard");
        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        assertThat(browser.clickUserMenuItemById("logout")).isEqualTo("Sign out");
        wait.until(ExpectedConditions.urlContains("/login"));
        waitForLoginForm();
        assertThat(browser.sessionCookie()).as("session cookie after sign-out").isNull();

        driver.get(chromium.baseUrl());
        waitForLoginForm();
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.findElements(By.id("dashboard"))).as("dashboard without a session").isEmpty();
        // the chosen language outlives the session
        assertThat(loginFormTitle()).isEqualTo("Sign in");
    }

    @Test
    void wrongPasswordShowsTheTranslatedError() {
        driver.get(chromium.baseUrl() + "login");
        waitForLoginForm();
        assertThat(visibleErrorMessage()).as("error before any attempt").isNull();

        signIn("officer.orust", "not-the-password");
        wait.until(ExpectedConditions.urlContains("error=credentials"));
        waitForLoginForm();
        String error = wait.until(d -> visibleErrorMessage());
        assertThat(error).contains("Fel användarnamn eller lösenord");
        assertThat(driver.findElements(By.id("dashboard"))).isEmpty();
    }

    // --- steps of the embedded sign-in ------------------------------------------------------------

    private WebElement waitForLoginForm() {
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-view vaadin-login-form")));
        // the form renders into light DOM; its title and error message live in the wrapper's shadow root
        wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const w = arguments[0].querySelector('vaadin-login-form-wrapper'); return !!w && !!w.shadowRoot", form)));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-view vaadin-text-field[name='username'] input")));
        browser.waitForVaadinIdle();
        return form;
    }

    private void signIn(String username, String password) {
        WebElement user = driver.findElement(By.cssSelector("#login-view vaadin-text-field[name='username'] input"));
        WebElement pass = driver.findElement(By.cssSelector("#login-view vaadin-password-field[name='password'] input"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        browser.click(driver.findElement(By.cssSelector("#login-view vaadin-login-form vaadin-button[slot='submit']")));
    }

    private String loginFormTitle() {
        SearchContext wrapper = loginWrapperShadow();
        return wrapper.findElement(By.cssSelector("[part='form-title']")).getText().trim();
    }

    /** The login form's error text if it is shown, else null. */
    private String visibleErrorMessage() {
        WebElement error = loginWrapperShadow().findElement(By.cssSelector("[part='error-message']"));
        return error.isDisplayed() ? error.getText().trim() : null;
    }

    private SearchContext loginWrapperShadow() {
        return driver.findElement(By.cssSelector("#login-view vaadin-login-form vaadin-login-form-wrapper")).getShadowRoot();
    }
}
