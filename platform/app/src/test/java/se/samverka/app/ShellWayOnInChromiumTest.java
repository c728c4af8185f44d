package se.samverka.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell's way on, in Chromium against the whole portal (issue 13): the skip link used by keyboard
 * (bug 10), the accessibility statement opened from the login page and from a view (must-have 6), a page
 * not found and "not a member" on another tenant's host inside the shell (bug 7), with axe-core on each.
 */
class ShellWayOnInChromiumTest {

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
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheMainContent() {
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.orust", "demo");
        driver.get(chromium.baseUrl());
        browser.waitForDashboardHeading("Översikt");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait.until(d -> "skip-link".equals(activeId()));
        WebElement skip = driver.findElement(By.id("skip-link"));
        assertThat(skip.getText()).isEqualTo("Hoppa till huvudinnehållet");
        // hidden until focused, then on screen
        assertThat(((Number) browser.js("return arguments[0].getBoundingClientRect().top", skip)).doubleValue()).isGreaterThanOrEqualTo(0);
        browser.assertNoSeriousAccessibilityViolations("dashboard with the skip link shown");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "main-content".equals(activeId()));
        assertThat(driver.getCurrentUrl()).doesNotContain("#");
        // the next Tab goes on inside the main content, past the header and the navigation
        new Actions(driver).sendKeys(Keys.TAB).perform();
        wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const a = document.activeElement; return a !== null && a.id !== 'main-content' && document.getElementById('main-content').contains(a)")));

        // the bell says its count in its name (the badge itself is hidden from screen readers)
        assertThat(driver.findElement(By.id("notification-button")).getAccessibleName()).startsWith("Aviseringar, ");
    }

    @Test
    void theAccessibilityStatementOpensFromTheLoginPageAndFromAView() {
        driver.get(chromium.baseUrl() + "login");
        browser.clickFresh(By.id("login-accessibility-link"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#accessibility-statement > h1"), "Tillgänglighet för Samverka"));
        assertThat(driver.findElement(By.id("a11y-level")).getText()).contains("WCAG 2.1 nivå AA");
        assertThat(driver.findElement(By.id("a11y-digg")).getAttribute("href")).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(driver.findElement(By.id("header-login")).getText()).isEqualTo("Logga in");
        browser.assertNoSeriousAccessibilityViolations("accessibility statement (visitor)");

        browser.click(driver.findElement(By.id("a11y-lang-en")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#accessibility-statement > h1"), "Accessibility of Samverka"));
        assertThat(driver.findElement(By.id("a11y-level")).getText()).contains("WCAG 2.1 level AA");
        browser.click(driver.findElement(By.id("a11y-lang-sv")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#accessibility-statement > h1"), "Tillgänglighet för Samverka"));

        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.orust", "demo");
        browser.clickFresh(By.id("accessibility-link"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accessibility-statement")));
        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        browser.assertNoSeriousAccessibilityViolations("accessibility statement (signed in)");
    }

    @Test
    void aPageNotFoundKeepsTheShell() {
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.orust", "demo");
        driver.get(chromium.baseUrl() + "no/such/page");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
        assertThat(driver.findElement(By.cssSelector("#not-found h1")).getText()).isEqualTo("Sidan hittades inte");
        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        assertThat(browser.visibleText(By.id("user-menu"))).contains("Handläggare Orust kommun (demo)");
        assertThat(browser.sideNavLabels()).contains("Översikt");
        browser.assertNoSeriousAccessibilityViolations("page not found");
    }

    @Test
    void anOrustOfficerOnRegionJonkopingsHostIsToldSoInTheShellAndLinkedToOrust() {
        String jonkoping = chromium.baseUrl().replace("localhost", "region-jonkoping.localhost");
        driver.get(jonkoping + "login");
        wait.until(ExpectedConditions.textToBe(By.id("login-title"), "Region Jönköpings län"));
        browser.assertNoSeriousAccessibilityViolations("login page on a tenant's host");

        By usernameField = By.cssSelector("#login-view vaadin-text-field[name='username'] input");
        wait.until(ExpectedConditions.elementToBeClickable(usernameField));
        browser.waitForVaadinIdle();
        driver.findElement(usernameField).sendKeys("officer.orust");
        driver.findElement(By.cssSelector("#login-view vaadin-password-field[name='password'] input")).sendKeys("demo");
        browser.click(driver.findElement(By.cssSelector("#login-view vaadin-login-form vaadin-button[slot='submit']")));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-member")));
        assertThat(driver.findElement(By.cssSelector("#not-member h1")).getText()).isEqualTo("Du är inte medlem i Region Jönköpings län");
        assertThat(browser.visibleText(By.id("user-menu"))).contains("Handläggare Orust kommun (demo)");
        WebElement orust = driver.findElement(By.id("tenant-link-orust"));
        assertThat(orust.getText()).isEqualTo("Orust kommun");
        assertThat(orust.getAttribute("href")).isEqualTo(chromium.baseUrl().replace("localhost", "orust.localhost"));
        browser.assertNoSeriousAccessibilityViolations("not a member page");
    }

    private String activeId() {
        return (String) browser.js("return document.activeElement ? document.activeElement.id : null");
    }
}
