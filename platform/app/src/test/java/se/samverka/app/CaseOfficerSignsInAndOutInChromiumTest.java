package se.samverka.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverka.testkit.PortalTestServer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A case officer of Orust signs in, switches the language and signs out again, in a real headless
 * Chromium against the whole portal (production frontend bundle, real database). Also: a wrong
 * password shows the translated error, and neither the login page nor the dashboard has a serious or
 * critical accessibility violation according to axe-core.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (paths from {@code SAMVERKA_CHROMIUM}
 * and {@code SAMVERKA_CHROMEDRIVER}); without them the test fails, it never skips. The driver is
 * given explicitly, so Selenium Manager never downloads anything.
 */
class CaseOfficerSignsInAndOutInChromiumTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path ARTIFACTS = Path.of(System.getProperty("basedir", "."), "target", "e2e");

    private static Path chromium;
    private static Path chromedriver;
    private static String axeSource;
    private static PortalTestServer portal;
    private static String baseUrl;

    private Path profileDir;
    private ChromeDriverService service;
    private WebDriver driver;
    private WebDriverWait wait;
    /** Everything the browser console said so far (reading chromedriver's log empties it). */
    private final List<LogEntry> console = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback artifactsOnFailure = this::saveArtifactsOnFailure;

    @BeforeAll
    static void startPortal() throws IOException {
        chromium = Path.of(env("SAMVERKA_CHROMIUM", "/usr/bin/chromium"));
        chromedriver = Path.of(env("SAMVERKA_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String missing = (Files.isExecutable(chromium) ? "" : "Chromium (" + chromium + ") ")
                    + (Files.isExecutable(chromedriver) ? "" : "chromedriver (" + chromedriver + ") ");
            fail("The browser test needs " + missing.trim() + ". "
                    + ("true".equalsIgnoreCase(System.getenv("CI"))
                    ? "CI must install them before the build: apt-get install -y chromium chromium-driver"
                    : "Install them with: apt-get install chromium chromium-driver")
                    + " (or point SAMVERKA_CHROMIUM / SAMVERKA_CHROMEDRIVER at them).");
        }
        axeSource = classpathText("/axe.min.js");
        deleteRecursively(ARTIFACTS);
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
        baseUrl = "http://localhost:" + portal.port() + "/";
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("samverka-e2e-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profileDir,
                // a Swedish user: the portal picks the language from Accept-Language until one is chosen
                "--lang=sv-SE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        wait = new WebDriverWait(driver, WAIT) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                // a page that never renders is usually explained by the console (a script that did not load)
                return super.timeoutException(message + browserErrors(), lastException);
            }
        };
    }

    @AfterEach
    void quitBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteRecursively(profileDir);
        }
    }

    @Test
    void signsInSwitchesToEnglishAndSignsOut() {
        long started = System.nanoTime();
        driver.get(baseUrl);
        waitForLoginForm();
        long loginShown = System.nanoTime();
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(loginFormTitle()).isEqualTo("Logga in");
        assertNoSeriousAccessibilityViolations("login page");

        long typingStarted = System.nanoTime();
        signIn("officer.orust", "demo");
        waitForDashboardHeading("Översikt");
        long signedIn = System.nanoTime();
        // open → login form → typing and submit → dashboard visible; the checks in between do not count
        long signInMillis = ((loginShown - started) + (signedIn - typingStarted)) / 1_000_000;
        System.out.printf("E2E sign-in took %d ms%n", signInMillis);

        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertNoSeriousAccessibilityViolations("dashboard");

        openUserMenuItem("Språk");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en"))));
        waitForDashboardHeading("Dashboard");
        assertThat(driver.findElement(By.id("tenant-name")).getText()).isEqualTo("Orust kommun");
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        openUserMenu();
        WebElement logout = wait.until(ExpectedConditions.elementToBeClickable(By.id("logout")));
        assertThat(logout.getText()).isEqualTo("Sign out");
        click(logout);
        wait.until(ExpectedConditions.urlContains("/login"));
        waitForLoginForm();
        assertThat(driver.manage().getCookieNamed("samverka_session")).as("session cookie after sign-out").isNull();

        driver.get(baseUrl);
        waitForLoginForm();
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(driver.findElements(By.id("dashboard"))).as("dashboard without a session").isEmpty();
        // the chosen language outlives the session
        assertThat(loginFormTitle()).isEqualTo("Sign in");
    }

    @Test
    void wrongPasswordShowsTheTranslatedError() {
        driver.get(baseUrl + "login");
        waitForLoginForm();
        assertThat(visibleErrorMessage()).as("error before any attempt").isNull();

        signIn("officer.orust", "not-the-password");
        wait.until(ExpectedConditions.urlContains("error=credentials"));
        waitForLoginForm();
        String error = wait.until(d -> visibleErrorMessage());
        assertThat(error).contains("Fel användarnamn eller lösenord");
        assertThat(driver.findElements(By.id("dashboard"))).isEmpty();
    }

    // --- steps ---------------------------------------------------------------------------------

    private WebElement waitForLoginForm() {
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-view vaadin-login-form")));
        // the form renders into light DOM; its title and error message live in the wrapper's shadow root
        wait.until(d -> Boolean.TRUE.equals(js(
                "const w = arguments[0].querySelector('vaadin-login-form-wrapper'); return !!w && !!w.shadowRoot", form)));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-view vaadin-text-field[name='username'] input")));
        waitForVaadinIdle();
        return form;
    }

    private void signIn(String username, String password) {
        WebElement user = driver.findElement(By.cssSelector("#login-view vaadin-text-field[name='username'] input"));
        WebElement pass = driver.findElement(By.cssSelector("#login-view vaadin-password-field[name='password'] input"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        click(driver.findElement(By.cssSelector("#login-view vaadin-login-form vaadin-button[slot='submit']")));
    }

    private void waitForDashboardHeading(String heading) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#dashboard > h1"), heading));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant-name")));
        waitForVaadinIdle();
    }

    /** Opens the user menu (a vaadin-menu-bar whose only root item holds the user's name). */
    private void openUserMenu() {
        WebElement menuBar = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        WebElement root = wait.until(d -> {
            List<WebElement> buttons = menuBar.findElements(By.cssSelector("vaadin-menu-bar-button"));
            return buttons.isEmpty() || !buttons.get(0).isDisplayed() ? null : buttons.get(0);
        });
        click(root);
    }

    /** Opens the user menu and then its item with the given text (which opens a submenu). */
    private void openUserMenuItem(String text) {
        openUserMenu();
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(e -> e.isDisplayed() && text.equals(e.getText().trim()))
                .findFirst().orElse(null));
        click(item);
    }

    private void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
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

    /** Waits until no Vaadin client has a request under way. */
    private void waitForVaadinIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    // --- accessibility ---------------------------------------------------------------------------

    private void assertNoSeriousAccessibilityViolations(String page) {
        waitForVaadinIdle();
        if (!Boolean.TRUE.equals(js("return typeof window.axe !== 'undefined'"))) {
            js(axeSource);
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                      nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target), html: n.html,
                                                 summary: n.failureSummary || '' }))
                  }))))
                  .catch(e => done('axe failed: ' + e));
                """);
        if (!(result instanceof List<?> violations)) {
            throw new AssertionError("axe-core did not run on the " + page + ": " + result);
        }
        StringBuilder all = new StringBuilder();
        boolean serious = false;
        for (Object o : violations) {
            Map<?, ?> v = (Map<?, ?>) o;
            String impact = String.valueOf(v.get("impact"));
            serious |= "serious".equals(impact) || "critical".equals(impact);
            all.append("\n- [").append(impact).append("] ").append(v.get("id")).append(": ").append(v.get("help"))
                    .append(" (").append(v.get("helpUrl")).append(')');
            for (Object n : (List<?>) v.get("nodes")) {
                Map<?, ?> node = (Map<?, ?>) n;
                all.append("\n    target ").append(node.get("target")).append("\n    html   ").append(node.get("html"))
                        .append("\n    ").append(String.valueOf(node.get("summary")).replace("\n", "\n    "));
            }
        }
        if (!violations.isEmpty()) {
            System.out.printf("axe-core on the %s: %d violation(s)%s%n", page, violations.size(), all);
        }
        if (serious) {
            throw new AssertionError("axe-core found serious or critical accessibility violations on the " + page
                    + " (all violations listed):" + all);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void saveArtifactsOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || driver == null) {
            return;
        }
        String name = context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(ARTIFACTS);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), ARTIFACTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Object dom = js("""
                    const out = [];
                    const walk = (node, depth) => {
                      for (const child of node.childNodes) {
                        if (child.nodeType === 1) {
                          const attrs = Array.from(child.attributes).map(a => a.name + '="' + a.value.slice(0, 80) + '"').join(' ');
                          out.push('  '.repeat(depth) + '<' + child.localName + (attrs ? ' ' + attrs : '') + '>');
                          if (child.shadowRoot) { out.push('  '.repeat(depth + 1) + '#shadow-root'); walk(child.shadowRoot, depth + 2); }
                          if (child.localName !== 'script' && child.localName !== 'style') { walk(child, depth + 1); }
                        } else if (child.nodeType === 3 && child.textContent.trim()) {
                          out.push('  '.repeat(depth) + JSON.stringify(child.textContent.trim().slice(0, 120)));
                        }
                      }
                    };
                    walk(document, 0);
                    return out.join('\\n');
                    """);
            Files.writeString(ARTIFACTS.resolve(name + ".console.txt"), consoleLog().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
            Files.writeString(ARTIFACTS.resolve(name + ".dom.txt"),
                    "URL: " + driver.getCurrentUrl() + "\n" + dom, StandardCharsets.UTF_8);
            System.out.println("E2E failure artifacts: " + ARTIFACTS.resolve(name + ".png").toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            System.out.println("Could not save E2E failure artifacts: " + e);
        }
    }

    private List<LogEntry> consoleLog() {
        try {
            console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        } catch (RuntimeException unavailable) {
            // the browser is gone: keep what was read before
        }
        return console;
    }

    /** The browser's console errors so far, for a failure message ("" if none). */
    private String browserErrors() {
        String errors = consoleLog().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> "\n  " + e.getMessage()).collect(Collectors.joining());
        return errors.isEmpty() ? "" : "\nBrowser console errors:" + errors;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String classpathText(String resource) {
        try (InputStream in = CaseOfficerSignsInAndOutInChromiumTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium ships it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
