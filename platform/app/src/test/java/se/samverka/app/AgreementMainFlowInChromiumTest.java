package se.samverka.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements module's main flow in a real headless Chromium against the whole portal (production
 * frontend bundle, real database): a case officer of Orust creates an agreement with Junis and moves
 * it through proposed and decided to active; Junis's partner user sees it (and only agreements Junis
 * is party to), and submits a report; the officer accepts the report and downloads the agreement as
 * a PDF. axe-core checks the list, the form, the detail view and the partner's list on the way.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (see {@link PortalBrowser}); without
 * them the test fails, it never skips.
 */
class AgreementMainFlowInChromiumTest {

    private static final String OFFICER = "officer.orust";
    private static final String PARTNER = "partner.junis";
    private static final String JUNIS = "Junis Göteborg och Bohusläns distrikt";
    /** The demo agreement of Orust and Junis (seed 003). */
    private static final String JUNIS_DEMO_TITLE_START = "Överenskommelse om Idéburet Offentligt Partnerskap (IOP) mellan Orust kommun och Junis";
    private static final String OTHER_PARTNER = "JB Marks Local Municipality (e2e)";

    @RegisterExtension
    static final DemoPortalInChromium chromium = new DemoPortalInChromium();

    private PortalBrowser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @Test
    void officerCreatesAndActivatesPartnerReportsOfficerAcceptsAndThePdfDownloads() {
        browser = chromium.open("browser");
        driver = browser.driver();
        wait = browser.await();
        Map<String, Long> steps = new LinkedHashMap<>();
        long started = System.nanoTime();
        long step = started;

        LocalDate today = LocalDate.now();
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = LocalDate.of(today.getYear() + 1, 12, 31);
        String registryNumber = "KS " + today.getYear() + "/4711";
        String title = "IOP Läxhjälp och fritid för barn på Orust (e2e)";

        // 1. the officer creates the agreement with Junis as partner
        signIn(OFFICER);
        String otherTitle = agreementOfAnotherOrganisation();
        openAgreementsFromTheSideNavigation();
        waitForGridRowWithTitle(t -> t.startsWith(JUNIS_DEMO_TITLE_START));
        waitForGridRowWithTitle(otherTitle::equals);
        browser.assertNoSeriousAccessibilityViolations("agreements list");
        browser.click(driver.findElement(By.id("agreements-new")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-editor")));
        browser.waitForVaadinIdle();
        browser.assertNoSeriousAccessibilityViolations("new agreement form");
        type(By.id("agreement-title-field"), title);
        type(By.id("agreement-registry-number-field"), registryNumber);
        pickDate(driver.findElement(By.id("agreement-start")), start);
        pickDate(driver.findElement(By.id("agreement-end")), end);
        List<WebElement> parties = driver.findElements(By.cssSelector("#agreement-editor .party-editor"));
        assertThat(parties).as("party editors: the tenant and one partner").hasSize(2);
        WebElement tenantParty = parties.get(0);
        WebElement partnerParty = parties.get(1);
        WebElement tenantName = tenantParty.findElement(By.cssSelector(".party-name input"));
        if (tenantName.getAttribute("value").isBlank()) {
            tenantName.sendKeys("Orust kommun");
        }
        pickPartner(partnerParty, "Junis");
        typeInto(tenantParty.findElement(By.cssSelector(".party-commitments textarea")),
                "Orust kommun bidrar med lokaler och 60 000 kronor per år.");
        typeInto(partnerParty.findElement(By.cssSelector(".party-commitments textarea")),
                "Junis driver läxhjälp och fritidsverksamhet för barn.");
        addSignatory(tenantParty, "Anna Kommunstyrelse", today.minusDays(2));
        addSignatory(partnerParty, "Malin Öberg", today.minusDays(2));
        browser.click(driver.findElement(By.id("agreement-save")));
        wait.until(ExpectedConditions.textToBe(By.id("agreement-title"), title));
        browser.waitForVaadinIdle();
        String detailUrl = driver.getCurrentUrl().replaceAll("\\?.*$", "");
        assertThat(detailUrl).matches(".*/agreements/\\d+$");
        assertStatus("utkast");
        browser.assertNoSeriousAccessibilityViolations("agreement detail view (overview)");
        step = lap(steps, "1 create", step);

        // 2. through proposed and decided to active; the officer defines the indicator the partner reports on
        transition("PROPOSED", null);
        assertStatus("förslag till beslut");
        transition("DECIDED", () -> {
            type(By.id("decision-body"), "Kommunstyrelsen");
            pickDate(driver.findElement(By.id("decision-date")), today.minusDays(1));
            WebElement number = driver.findElement(By.cssSelector("#decision-registry-number input"));
            assertThat(number.getAttribute("value")).as("decision's registry number, filled in").isEqualTo(registryNumber);
        });
        assertStatus("beslutad");
        transition("ACTIVE", null);
        assertStatus("aktiv");
        openTab("follow-up");
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("indicator-add"))));
        type(By.id("indicator-name"), "Antal barn som deltagit");
        browser.click(driver.findElement(By.id("indicator-save")));
        wait.until(d -> gridRows("indicators-grid").stream().anyMatch(r -> r.get(0).equals("Antal barn som deltagit")));
        browser.assertNoSeriousAccessibilityViolations("agreement detail view (follow-up tab)");
        step = lap(steps, "2 lifecycle to active", step);

        // 3. the partner sees it, and only what Junis is party to, and reports
        signOut();
        signIn(PARTNER);
        openAgreementsFromTheSideNavigation();
        wait.until(ExpectedConditions.textToBe(By.id("agreements-heading"), "Överenskommelser där " + JUNIS + " är part"));
        waitForGridRowWithTitle(title::equals);
        List<List<String>> partnerRows = gridRows("agreements-grid");
        assertThat(partnerRows).as("the partner's list").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(row -> assertThat(row.get(2)).as("partners of " + row.get(1)).contains(JUNIS));
        assertThat(partnerRows).extracting(row -> row.get(1)).doesNotContain(otherTitle);
        assertThat(driver.findElements(By.id("agreements-new"))).as("no 'new' for a partner").isEmpty();
        browser.assertNoSeriousAccessibilityViolations("partner's agreements list");
        browser.click(driver.findElement(By.linkText(title)));
        wait.until(ExpectedConditions.textToBe(By.id("agreement-title"), title));
        browser.waitForVaadinIdle();
        openTab("follow-up");
        WebElement submit = wait.until(d -> d.findElements(By.cssSelector("#periods-grid vaadin-button.report-submit")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        String period = submit.getAttribute("aria-label").replace("Lämna rapport för ", "");
        browser.click(submit);
        WebElement figure = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".report-figure input")));
        browser.assertNoSeriousAccessibilityViolations("partner's report dialog");
        typeInto(figure, "23");
        type(By.id("report-text"), "Läxhjälpen har haft 23 deltagare under perioden.");
        browser.click(driver.findElement(By.id("report-send")));
        waitForStanding(period, "inlämnad");
        step = lap(steps, "3 partner reports", step);

        // 4. the officer accepts the report
        signOut();
        signIn(OFFICER);
        driver.get(detailUrl + "?tab=follow-up");
        wait.until(ExpectedConditions.textToBe(By.id("agreement-title"), title));
        browser.waitForVaadinIdle();
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#periods-grid vaadin-button.report-review"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-figures"), "23"));
        browser.assertNoSeriousAccessibilityViolations("officer's review dialog");
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("review-accept"))));
        waitForStanding(period, "godkänd");
        // the accepted figure in "Värden över tid": in the table and as a chart named by its summary (issue 13, must-have 5)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("figures-table"), "23"));
        assertThat(driver.findElement(By.cssSelector("#figures-charts [role=img]")).getAttribute("aria-label"))
                .startsWith("Linjediagram över Antal barn som deltagit");
        browser.assertNoSeriousAccessibilityViolations("follow-up tab with figures over time");
        step = lap(steps, "4 officer accepts", step);

        // 5. the agreement downloads as a PDF with the registry number as its name
        WebElement pdfLink = driver.findElement(By.id("agreement-pdf"));
        assertThat(pdfLink.getAttribute("download")).as("the PDF link downloads").isNotNull();
        Map<?, ?> pdf = fetch(pdfLink.getAttribute("href"));
        assertThat(pdf.get("status")).as("PDF status " + pdf).isEqualTo(200L);
        assertThat(pdf.get("type")).asString().startsWith("application/pdf");
        assertThat(pdf.get("head")).as("the file's first bytes").isEqualTo("%PDF-");
        assertThat((Long) pdf.get("size")).isGreaterThan(1000L);
        String fileName = registryNumber.replace('/', '-') + ".pdf";
        assertThat(pdf.get("disposition")).asString().startsWith("attachment;").contains("filename=\"" + fileName + "\"");
        lap(steps, "5 pdf", step);

        long total = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("E2E agreement main flow took %d ms (%s)%n", total, steps.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").reduce((a, b) -> a + ", " + b).orElse(""));
    }

    // --- the other organisation's agreement -------------------------------------------------------

    /**
     * An agreement of Orust with another organisation, which Junis's user must not see; made through
     * the REST API with the officer's session, as it is not what this test is about.
     */
    private String agreementOfAnotherOrganisation() {
        String api = "/api/v1/tenants/orust/agreements";
        Map<?, ?> partner = send("POST", api + "/partner-organisations", """
                {"name": "%s", "kind": "FOREIGN_LOCAL_GOVERNMENT", "country": "Sydafrika"}""".formatted(OTHER_PARTNER));
        assertThat(partner.get("status")).as("other partner created: " + partner).isEqualTo(201L);
        String id = String.valueOf(((Map<?, ?>) partner.get("json")).get("id"));
        String otherTitle = "Partnerskap med JB Marks (e2e)";
        Map<?, ?> agreement = send("POST", api, """
                {"title": "%s", "form": "IOP", "parties": [
                  {"name": "Orust kommun", "convenesSteeringGroup": false, "commitments": [], "signatories": [], "contributions": []},
                  {"partnerId": %s, "convenesSteeringGroup": false, "commitments": [], "signatories": [], "contributions": []}]}"""
                .formatted(otherTitle, id));
        assertThat(agreement.get("status")).as("other agreement created: " + agreement).isEqualTo(201L);
        return otherTitle;
    }

    private Map<?, ?> send(String method, String path, String json) {
        return (Map<?, ?>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { method: arguments[1], credentials: 'same-origin',
                                      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                                      body: arguments[2] })
                  .then(async r => { const text = await r.text(); let json = null; try { json = JSON.parse(text); } catch (e) { }
                                     done({ status: r.status, json: json, text: text }); })
                  .catch(e => done({ status: -1, text: String(e) }));
                """, path, method, json);
    }

    /** Fetches a URL with the browser's session, as the link would: status, type, name and first bytes. */
    private Map<?, ?> fetch(String url) {
        return (Map<?, ?>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async r => { const bytes = new Uint8Array(await r.arrayBuffer());
                                     done({ status: r.status, type: r.headers.get('Content-Type'),
                                            disposition: r.headers.get('Content-Disposition'),
                                            head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length }); })
                  .catch(e => done({ status: -1, error: String(e) }));
                """, url);
    }

    @Test
    void theOfficersWorkOpensFromTheNavigationAndTheHeadersSearchFindsJunis() {
        browser = chromium.open("work");
        driver = browser.driver();
        wait = browser.await();
        signIn(OFFICER);

        // My work (issue 13, must-have 1): from the side navigation, with its count, each item a link to its record
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-my-work"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-work-view")));
        browser.waitForVaadinIdle();
        java.util.List<WebElement> items = wait.until(d -> {
            java.util.List<WebElement> found = d.findElements(By.cssSelector("#my-work-view li.my-work-item a"));
            return found.isEmpty() ? null : found;
        });
        browser.assertNoSeriousAccessibilityViolations("my work");
        String target = items.get(0).getAttribute("href");
        browser.click(items.get(0));
        browser.waitForVaadinIdle();
        wait.until(d -> browser.currentUrl().contains("/agreements/"));
        assertThat(target).contains("/agreements/");

        // the header's search (issue 13, must-have 4): "Junis" finds the demo agreement, grouped, and opens it
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#header-search-field input")));
        field.sendKeys("Junis");
        field.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-status")));
        browser.waitForVaadinIdle();
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#search-group-agreements-agreement a.search-hit-link")));
        assertThat(hit.getText()).contains("Junis");
        browser.assertNoSeriousAccessibilityViolations("search results");
        browser.click(hit);
        browser.waitForVaadinIdle();
        wait.until(d -> browser.currentUrl().contains("/agreements/"));
        assertThat(driver.findElement(By.id("agreement-title")).getText()).contains("Junis");
    }

    @Test
    void onAPhoneTheListShowsItsRowsTheFiltersOpenOnRequestAndTheFormGuardsItsInput() {
        browser = chromium.open("phone");
        driver = browser.driver();
        wait = browser.await();
        // an iPhone 12–15's viewport (issue 13, bug 8)
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn(OFFICER);
        browser.get(chromium.baseUrl() + "/agreements?status=ACTIVE");
        WebElement toggle = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreements-filter-toggle")));
        browser.waitForVaadinIdle();
        assertThat(toggle.getText()).isEqualTo("Filter (1)");
        assertThat(driver.findElement(By.id("agreements-filters")).isDisplayed()).as("filters wait behind their button").isFalse();
        Number gridHeight = (Number) browser.js("return document.getElementById('agreements-grid').getBoundingClientRect().height");
        assertThat(gridHeight.doubleValue()).as("the grid's height on a phone").isGreaterThan(300);
        Number pageWidth = (Number) browser.js("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        browser.assertNoSeriousAccessibilityViolations("agreements list on a phone");

        browser.click(toggle);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreements-filter-status")));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        browser.click(toggle);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("agreements-filter-status")));

        // the form opens in its first field and, once typed in, the browser asks before the tab closes (bug 10)
        browser.get(chromium.baseUrl() + "/agreements/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-editor")));
        browser.waitForVaadinIdle();
        wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const f = document.getElementById('agreement-title-field'); return !!f && f.contains(document.activeElement)")));
        type(By.id("agreement-title-field"), "Halvfärdig överenskommelse (e2e)");
        driver.findElement(By.cssSelector("#agreement-title-field input")).sendKeys(Keys.TAB);
        browser.waitForVaadinIdle();
        wait.until(d -> Boolean.TRUE.equals(browser.js("return typeof window.samverkaUnsaved === 'function'")));
        // leaving inside the portal asks in the portal's words; keeping on editing keeps what was typed
        browser.click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Avbryt']")));
        wait.until(d -> Boolean.TRUE.equals(browser.js(
                "const d = document.getElementById('unsaved-changes-dialog'); return !!d && d.opened === true")));
        // the dialog's own buttons: wherever the overlay puts them, light or shadow tree
        WebElement stay = wait.until(d -> (WebElement) browser.js("""
                const find = root => { for (const e of root.querySelectorAll('*')) {
                    if (e.localName === 'vaadin-button' && e.textContent.trim() === 'Fortsätt redigera') { return e; }
                    if (e.shadowRoot) { const inner = find(e.shadowRoot); if (inner) { return inner; } } } return null; };
                return find(document);"""));
        // (no axe run while it is open: Vaadin's modal hides the page behind with aria-hidden, which axe reports)
        browser.click(stay);
        browser.waitForVaadinIdle();
        assertThat(browser.currentUrl()).endsWith("/agreements/new");
        assertThat(browser.js("return document.querySelector('#agreement-title-field input').value"))
                .isEqualTo("Halvfärdig överenskommelse (e2e)");
    }

    // --- steps --------------------------------------------------------------------------------------

    private void signIn(String username) {
        browser.signInOnThePortalsForm(chromium.baseUrl(), username, "demo");
    }

    private void signOut() {
        browser.clickUserMenuItemById("logout");
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(d -> browser.sessionCookie() == null);
    }

    private void openAgreementsFromTheSideNavigation() {
        browser.clickSideNav("Överenskommelser");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreements-grid")));
        browser.waitForVaadinIdle();
    }

    /** Opens a lifecycle move from the header, fills its dialog and confirms it. */
    private void transition(String target, Runnable fill) {
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("transition-" + target))));
        WebElement confirm = wait.until(ExpectedConditions.elementToBeClickable(By.id("transition-confirm")));
        if (fill != null) {
            fill.run();
        }
        browser.click(confirm);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("transition-confirm")));
        browser.waitForVaadinIdle();
    }

    /** The status badge's words (its text, not as CSS may capitalise it). */
    private void assertStatus(String status) {
        wait.until(d -> status.equals(browser.js(
                "const b = document.getElementById('agreement-status'); return b && b.textContent.trim()")));
    }

    private void openTab(String id) {
        browser.click(wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-" + id))));
        wait.until(ExpectedConditions.urlContains("tab=" + id));
        browser.waitForVaadinIdle();
    }

    private void waitForStanding(String period, String standing) {
        wait.until(d -> gridRows("periods-grid").stream()
                .anyMatch(row -> row.get(0).equals(period) && row.get(3).equals(standing)));
    }

    private void waitForGridRowWithTitle(Predicate<String> title) {
        wait.until(d -> gridRows("agreements-grid").stream().anyMatch(row -> title.test(row.get(1))));
    }

    private List<List<String>> gridRows(String gridId) {
        return browser.gridRows(gridId);
    }

    // --- Vaadin fields ------------------------------------------------------------------------------

    private void type(By field, String text) {
        WebElement host = wait.until(ExpectedConditions.presenceOfElementLocated(field));
        typeInto(host.findElement(By.cssSelector("input, textarea")), text);
    }

    private void typeInto(WebElement input, String text) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", input);
        wait.until(ExpectedConditions.elementToBeClickable(input));
        input.clear();
        input.sendKeys(text);
    }

    /** Types the date as a Swedish user would (ISO format) and waits until the picker holds it. */
    private void pickDate(WebElement picker, LocalDate date) {
        WebElement input = picker.findElement(By.cssSelector("input"));
        typeInto(input, date.toString());
        input.sendKeys(Keys.ENTER);
        wait.until(d -> date.toString().equals(browser.js("return arguments[0].value", picker)));
    }

    private void pickPartner(WebElement party, String name) {
        WebElement input = party.findElement(By.cssSelector(".party-partner input"));
        typeInto(input, name);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(name)).findFirst().orElse(null));
        browser.click(item);
        wait.until(d -> String.valueOf(input.getAttribute("value")).startsWith(JUNIS));
    }

    private void addSignatory(WebElement party, String name, LocalDate signedOn) {
        int before = party.findElements(By.cssSelector(".signatory-row")).size();
        browser.click(party.findElement(By.cssSelector("vaadin-button.party-add-signatory")));
        List<WebElement> rows = wait.until(d -> {
            List<WebElement> now = party.findElements(By.cssSelector(".signatory-row"));
            return now.size() > before ? now : null;
        });
        WebElement row = rows.get(rows.size() - 1);
        typeInto(row.findElement(By.cssSelector("vaadin-text-field input")), name);
        pickDate(row.findElement(By.cssSelector("vaadin-date-picker")), signedOn);
    }

    private static long lap(Map<String, Long> steps, String name, long since) {
        long now = System.nanoTime();
        steps.put(name, (now - since) / 1_000_000);
        return now;
    }
}
