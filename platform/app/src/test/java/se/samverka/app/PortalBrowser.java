package se.samverka.app;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * One headless Debian Chromium for the browser tests, with a fresh profile of its own (so two of them
 * are two different users), driven through chromedriver: waits that explain a timeout with the
 * browser console's errors, Vaadin's "idle" state, the portal's user menu, an axe-core check and
 * failure artifacts (screenshot, DOM with shadow roots, console) under {@code target/e2e/<class>/}.
 *
 * <p>Call {@link #requireChromium()} in {@code @BeforeAll}: without Chromium or chromedriver (paths from
 * {@code SAMVERKA_CHROMIUM} and {@code SAMVERKA_CHROMEDRIVER}) the test fails, it never skips. The
 * driver is given explicitly, so Selenium Manager never downloads anything. Register
 * {@link #failureArtifacts()} with {@code @RegisterExtension} to keep artifacts of every browser still
 * open when a test fails.
 */
final class PortalBrowser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String SESSION_COOKIE = "samverka_session";
    private static final Path E2E = Path.of(System.getProperty("basedir", "."), "target", "e2e");
    /** Browsers not yet closed, for the failure artifacts. */
    private static final List<PortalBrowser> OPEN = new CopyOnWriteArrayList<>();

    private static Path chromium;
    private static Path chromedriver;
    private static String axeSource;

    private final String label;
    private final Path profileDir;
    private final Path downloads;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;
    /** Everything the browser console said so far (reading chromedriver's log empties it). */
    private final List<LogEntry> console = new ArrayList<>();

    /** Fails (never skips) unless Chromium and chromedriver are installed; loads axe-core. */
    static synchronized void requireChromium() {
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
    }

    /** Empties the artifacts folder of a test class (call once, in {@code @BeforeAll}). */
    static void clearArtifacts(Class<?> testClass) {
        try {
            deleteRecursively(artifactsOf(testClass));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new Chromium with a fresh, empty profile: a Swedish user ({@code sv-SE}). */
    static PortalBrowser open(String label) {
        if (chromium == null) {
            requireChromium();
        }
        return new PortalBrowser(label);
    }

    private PortalBrowser(String label) {
        this.label = label;
        try {
            profileDir = Files.createTempDirectory("samverka-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        downloads = profileDir.resolve("downloads");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv",
                // downloads are saved without asking, under the name the server gives
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profileDir);
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(WAIT);
        wait = new WebDriverWait(driver, WAIT) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                // a page that never renders is usually explained by the console (a script that did not load)
                return super.timeoutException(message + browserErrors() + "\nURL: " + currentUrlQuietly(), lastException);
            }
        };
        // Vaadin re-renders what it updates: a condition that met an element just replaced is simply tried again
        wait.ignoring(StaleElementReferenceException.class);
        // headless Chromium saves downloads only when told where
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        OPEN.add(this);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    /** The visible text of an element, read again when the page re-rendered it between finding and reading. */
    String visibleText(By locator) {
        return wait.until(d -> {
            WebElement element = d.findElement(locator);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    String label() {
        return label;
    }

    void get(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The portal's session cookie of the page's host, or null. */
    Cookie sessionCookie() {
        return driver.manage().getCookieNamed(SESSION_COOKIE);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    void click(WebElement element) {
        // the app layout scrolls its content in a container of its own: outside its viewport, chromedriver calls an element hidden
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Finds the first displayed element and clicks it, finding it again when it goes stale between the
     * two (a grid re-renders its rows when its data arrives).
     */
    void clickFresh(By locator) {
        wait.until(d -> {
            try {
                WebElement element = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                if (element == null) {
                    return false;
                }
                click(element);
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.TimeoutException rerendered) {
                return false;
            }
        });
    }

    /** Waits until a Vaadin client is on the page and none has a request under way. */
    void waitForVaadinIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return false; }
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());
                """)));
    }

    // --- files ---------------------------------------------------------------------------------------

    /** Chooses a file in a vaadin-upload, as the file dialog would: its file input is in the shadow root. */
    void upload(WebElement vaadinUpload, Path file) {
        js("arguments[0].scrollIntoView({block: 'center'})", vaadinUpload);
        WebElement input = wait.until(d -> vaadinUpload.getShadowRoot().findElements(By.cssSelector("input[type=file]"))
                .stream().findFirst().orElse(null));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the browser has saved a download of this name; its path. */
    Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** The names of the files the browser has downloaded so far. */
    List<String> downloadedFiles() {
        if (!Files.isDirectory(downloads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the portal's shell -----------------------------------------------------------------------

    /** Waits until no notification (toast) is shown any more. */
    void awaitNoNotification() {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Waits for the dashboard with the given heading (after sign-in, or a language switch). */
    void waitForDashboardHeading(String heading) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#dashboard > h1"), heading));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tenant-name")));
        waitForVaadinIdle();
    }

    /** The portal's own sign-in form (the embedded default's demo users), then the dashboard. */
    void signInOnThePortalsForm(String baseUrl, String username, String password) {
        driver.get(baseUrl.replaceFirst("/$", "") + "/login");
        By usernameField = By.cssSelector("#login-view vaadin-text-field[name='username'] input");
        wait.until(ExpectedConditions.elementToBeClickable(usernameField));
        waitForVaadinIdle();
        driver.findElement(usernameField).sendKeys(username);
        driver.findElement(By.cssSelector("#login-view vaadin-password-field[name='password'] input")).sendKeys(password);
        click(driver.findElement(By.cssSelector("#login-view vaadin-login-form vaadin-button[slot='submit']")));
        waitForDashboardHeading("Översikt");
    }

    /** Clicks the side navigation's item with this label (its first line) and waits until Vaadin is idle. */
    void clickSideNav(String label) {
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav vaadin-side-nav-item")).stream()
                .filter(e -> e.isDisplayed() && label.equals(e.getText().trim().split("\\R")[0].trim()))
                .findFirst().orElse(null));
        click(item);
        waitForVaadinIdle();
    }

    /** The labels of the side navigation's items, in order, without what stands beside them (a count). */
    @SuppressWarnings("unchecked")
    List<String> sideNavLabels() {
        waitForVaadinIdle();
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('vaadin-side-nav vaadin-side-nav-item')).map(item =>
                    Array.from(item.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim());""");
    }

    /** The texts of a grid's rendered body rows, cell by cell (the cells are slotted in from the light DOM). */
    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(String gridId) {
        Object rows = js("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || !grid.shadowRoot || grid.loading) { return []; }
                return Array.from(grid.shadowRoot.querySelectorAll('#items tr'))
                  .filter(tr => !tr.hidden)
                  .map(tr => Array.from(tr.querySelectorAll('td')).map(td => {
                      const slot = td.querySelector('slot');
                      const cell = slot && slot.assignedElements()[0];
                      return cell ? cell.textContent.trim() : '';
                  }));
                """, gridId);
        return (List<List<String>>) rows;
    }

    /** Opens the user menu (a vaadin-menu-bar whose only root item holds the user's name). */
    void openUserMenu() {
        WebElement menuBar = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
        WebElement root = wait.until(d -> {
            List<WebElement> buttons = menuBar.findElements(By.cssSelector("vaadin-menu-bar-button"));
            return buttons.isEmpty() || !buttons.get(0).isDisplayed() ? null : buttons.get(0);
        });
        click(root);
    }

    /** Opens the user menu and then its item with the given text (which opens a submenu). */
    void openUserMenuItem(String text) {
        openUserMenu();
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-menu-bar-item")).stream()
                .filter(e -> e.isDisplayed() && text.equals(e.getText().trim()))
                .findFirst().orElse(null));
        click(item);
    }

    /** Opens the user menu and clicks the item with the given id (e.g. {@code logout}); returns its text. */
    String clickUserMenuItemById(String id) {
        openUserMenu();
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        String text = item.getText().trim();
        click(item);
        return text;
    }

    // --- accessibility ----------------------------------------------------------------------------

    /** Runs axe-core on the whole document; fails on a serious or critical violation, prints the rest. */
    void assertNoSeriousAccessibilityViolations(String page) {
        waitForVaadinIdle();
        // a dialog fading in or a notification fading out is half transparent: axe would measure the
        // contrast of an animation frame, not of anything a user reads; Vaadin's overlays mark those
        // frames with `opening`/`closing`, so wait until none is animating
        wait.until(d -> Boolean.TRUE.equals(js("return document.querySelectorAll('[opening], [closing]').length === 0")));
        if (!Boolean.TRUE.equals(js("return typeof window.axe !== 'undefined'"))) {
            js(axeSource);
        }
        Object result = asyncJs("""
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
        assertNoContentSecurityPolicyViolations(page);
    }

    // --- content security policy ------------------------------------------------------------------

    /**
     * Fails when the browser refused anything because of the portal's Content-Security-Policy so far: a
     * view that needs a script, style, image or connection the policy blocks would break for users.
     * Chromium reports every refusal on the console. (The test's own scripts, axe-core included, run
     * through chromedriver, which the page's policy does not govern.)
     */
    void assertNoContentSecurityPolicyViolations(String page) {
        List<String> refused = contentSecurityPolicyViolations();
        if (!refused.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked something on the " + page + ":\n  "
                    + String.join("\n  ", refused));
        }
    }

    /** The console's reports of what the Content-Security-Policy refused, in order. */
    List<String> contentSecurityPolicyViolations() {
        return consoleLog().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    // --- failures ---------------------------------------------------------------------------------

    /** A JUnit extension: when a test fails, every browser still open saves its artifacts. */
    static AfterTestExecutionCallback failureArtifacts() {
        return PortalBrowser::saveArtifactsOnFailure;
    }

    private static void saveArtifactsOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestMethod().getName();
        String display = context.getDisplayName();
        if (!display.startsWith(name)) { // a parameterized test's invocation, e.g. "[2] reader.orust"
            name += "-" + display.replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_|_$", "");
        }
        for (PortalBrowser browser : OPEN) {
            browser.saveArtifacts(artifactsOf(context.getRequiredTestClass()), name + "-" + browser.label);
        }
    }

    private static Path artifactsOf(Class<?> testClass) {
        return E2E.resolve(testClass.getSimpleName());
    }

    /** Saves a screenshot, the DOM (with shadow roots) and the console of this browser. */
    void saveArtifacts(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
            Files.writeString(folder.resolve(name + ".console.txt"), consoleLog().stream()
                    .map(LogEntry::toString).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".dom.txt"),
                    "URL: " + driver.getCurrentUrl() + "\n" + dom, StandardCharsets.UTF_8);
            System.out.println("E2E failure artifacts: " + folder.resolve(name + ".png").toAbsolutePath());
        } catch (RuntimeException | IOException e) {
            System.out.println("Could not save E2E failure artifacts of " + label + ": " + e);
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
    String browserErrors() {
        String errors = consoleLog().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(e -> "\n  " + e.getMessage()).collect(Collectors.joining());
        return errors.isEmpty() ? "" : "\nBrowser console errors:" + errors;
    }

    private String currentUrlQuietly() {
        try {
            return driver.getCurrentUrl();
        } catch (RuntimeException e) {
            return "(unknown: " + e.getClass().getSimpleName() + ")";
        }
    }

    @Override
    public void close() {
        OPEN.remove(this);
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profileDir);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String classpathText(String resource) {
        try (InputStream in = PortalBrowser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath (com.deque.html.axe-core:selenium ships it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException e) {
            System.out.println("Could not delete " + dir + ": " + e);
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
