package se.samverka.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.partnerships.budget.Ceilings;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.admin;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * The partnerships module in a real headless Chromium against the whole portal on its demo data: Älmhult's
 * international coordinator creates a partnership with JB Marks Local Municipality, adds a granted inception
 * phase with a budget line, logs a visit, writes and submits the final report, and downloads its PDF and the
 * Excel account; axe-core checks the dashboard's card, the list, every dialog and every tab on the way.
 */
class PartnershipsInChromiumTest {

    private static final String ALMHULT = "almhult";

    @RegisterExtension
    static final DemoPortalInChromium chromium = new DemoPortalInChromium();

    private PortalBrowser browser;

    @Test
    void theCoordinatorRunsAYearOfAPartnershipFromCreationToTheReportsFiles() throws Exception {
        browser = chromium.open("coordinator");
        int year = LocalDate.now().getYear();
        String title = "Delaktighet och lokal demokrati " + year;

        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.almhult", "demo");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("partnerships-country-ZA")));
        browser.assertNoSeriousAccessibilityViolations("dashboard with the partnerships card");
        browser.clickSideNav("Internationella partnerskap");
        browser.await().until(d -> browser.gridRows("partnerships-grid").stream()
                .anyMatch(r -> r.get(0).equals("Mental Health, Disability and Community Integration")));
        browser.assertNoSeriousAccessibilityViolations("partnerships list");

        // the partnership, in its dialog
        browser.clickFresh(By.id("partnerships-new"));
        type("partnership-title-field", title);
        choose("partnership-country-field", "Sydafrika");
        pickDate("partnership-starts-on", LocalDate.of(year, 1, 1));
        browser.click(browser.driver().findElement(By.xpath(
                "//*[@id='partnership-core-areas']//vaadin-checkbox[.//label[contains(., 'Deltagande och delaktighet')]]")));
        WebElement parties = browser.driver().findElement(By.cssSelector("#partnership-foreign-parties input"));
        parties.sendKeys("JB Marks");
        WebElement party = browser.await().until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith("JB Marks")).findFirst().orElse(null));
        browser.click(party);
        parties.sendKeys(Keys.ESCAPE);
        browser.assertNoSeriousAccessibilityViolations("partnership dialog");
        browser.click(browser.driver().findElement(By.id("partnership-save")));
        browser.await().until(ExpectedConditions.textToBe(By.id("partnership-title"), title));
        long partnership = as(reader(ALMHULT), ALMHULT, () -> chromium.portal().bean(Partnerships.class)
                .search(new PartnershipSearch(null, null, null, null, title), io.micronaut.data.model.Pageable.from(0, 1))
                .getContent().get(0)).id();

        // a granted inception phase with a budget line
        openTab("phases");
        browser.clickFresh(By.id("phase-new"));
        pickDate("phase-starts-on", LocalDate.of(year, 1, 15));
        pickDate("phase-ends-on", LocalDate.of(year, 6, 30));
        choose("phase-status", "Beviljad");
        type("phase-granted", "260000");
        browser.assertNoSeriousAccessibilityViolations("phase dialog");
        browser.click(browser.driver().findElement(By.id("phase-save")));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("phase-kind")));
        Phase phase = as(reader(ALMHULT), ALMHULT, () -> chromium.portal().bean(Phases.class).of(partnership).get(0));
        browser.awaitNoNotification();
        browser.clickFresh(By.id("phase-" + phase.id() + "-budget-line"));
        type("budget-amount", "140000");
        browser.assertNoSeriousAccessibilityViolations("budget line dialog");
        browser.click(browser.driver().findElement(By.id("budget-save")));
        browser.await().until(d -> browser.gridRows("phase-" + phase.id() + "-budget").stream()
                .anyMatch(r -> r.get(1).equals("Resor") && r.get(2).replace('\u00a0', ' ').startsWith("140 000")));
        browser.assertNoSeriousAccessibilityViolations("phases and budget tab");

        // a visit
        openTab("visits");
        browser.clickFresh(By.id("visit-new"));
        pickDate("visit-starts-on", LocalDate.of(year, 2, 3));
        pickDate("visit-ends-on", LocalDate.of(year, 2, 7));
        type("visit-place", "Älmhult");
        browser.click(browser.driver().findElement(By.id("visit-participants-add")));
        browser.assertNoSeriousAccessibilityViolations("visit dialog");
        browser.click(browser.driver().findElement(By.id("visit-save")));
        browser.await().until(d -> browser.gridRows("visits-grid").stream().anyMatch(r -> r.get(2).equals("Älmhult")));
        browser.assertNoSeriousAccessibilityViolations("visits tab");

        // the final report, written, submitted, and its files
        openTab("reports");
        String key = phase.id() + "-final-" + year;
        browser.clickFresh(By.id("report-" + key + "-open"));
        type("report-achievements", "Två besök och en gemensam plan.");
        type("report-deviations", "Inga.");
        type("report-challenges", "Tidsskillnaden vid digitala möten.");
        type("report-lessons", "Politikerna behöver vara med från början.");
        browser.assertNoSeriousAccessibilityViolations("report dialog");
        browser.click(browser.driver().findElement(By.id("report-submit")));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("report-achievements")));
        browser.awaitNoNotification();
        browser.clickFresh(By.id("report-" + key + "-open"));
        browser.clickFresh(By.id("report-pdf"));
        Path pdf = browser.awaitDownload("Slutrapport " + year + " " + title + ".pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        browser.clickFresh(By.id("report-excel"));
        Path xlsx = browser.awaitDownload("Ekonomisk redovisning " + year + " " + title + ".xlsx");
        assertThat(Files.size(xlsx)).isPositive();
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        for (String tab : List.of("overview", "results", "documents", "history")) {
            browser.get(chromium.baseUrl() + "partnerships/" + partnership + "?tab=" + tab);
            browser.await().until(ExpectedConditions.textToBe(By.id("partnership-title"), title));
            browser.waitForVaadinIdle();
            browser.assertNoSeriousAccessibilityViolations("partnership " + tab + " tab");
        }
        assertThat(as(reader(ALMHULT), ALMHULT, () -> chromium.portal().bean(Partnerships.class).find(partnership)))
                .map(Partnership::countryCode).contains("ZA");
    }

    @Test
    void theCoordinatorKeepsTheApplicationRoundsAndTheAdministratorTheCeilingsInTheirDialogs() {
        browser = chromium.open("rounds");
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.almhult", "demo");
        browser.get(chromium.baseUrl() + "partnerships?country=ZA&ongoing=true");
        browser.await().until(d -> browser.gridRows("partnerships-grid").stream()
                .anyMatch(r -> r.get(0).equals("Mental Health, Disability and Community Integration")));
        browser.clickFresh(By.id("partnerships-rounds"));
        String name = "ICLD:s projektansökan " + System.nanoTime();
        type("round-name", name);
        pickDate("round-closes-on", LocalDate.now().plusDays(20));
        browser.click(browser.driver().findElement(By.id("round-save")));
        browser.await().until(d -> browser.gridRows("rounds-grid").stream().anyMatch(r -> r.get(0).equals(name)));
        browser.assertNoSeriousAccessibilityViolations("application rounds dialog");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("partnerships-next-round"), name));

        browser = chromium.open("ceilings");
        browser.signInOnThePortalsForm(chromium.baseUrl(), "admin.almhult", "demo");
        browser.clickSideNav("Internationella partnerskap");
        browser.clickFresh(By.id("partnerships-ceilings"));
        type("ceiling-dissemination-europe", "105000");
        browser.assertNoSeriousAccessibilityViolations("ceilings dialog");
        browser.click(browser.driver().findElement(By.id("ceilings-save")));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("ceiling-dissemination-europe")));
        assertThat(as(admin(ALMHULT), ALMHULT, () -> chromium.portal().bean(Ceilings.class).all().get("DISSEMINATION/EUROPE")))
                .isEqualTo(105_000L);
    }

    private void openTab(String id) {
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("tab-" + id))));
        browser.await().until(ExpectedConditions.urlContains("tab=" + id));
        browser.waitForVaadinIdle();
    }

    private void type(String id, String value) {
        WebElement input = browser.await().until(d -> d.findElement(By.id(id))).findElement(By.cssSelector("input, textarea"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(value);
        browser.waitForVaadinIdle();
    }

    private void pickDate(String id, LocalDate date) {
        WebElement picker = browser.await().until(d -> d.findElement(By.id(id)));
        WebElement input = picker.findElement(By.cssSelector("input"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(date.toString());
        input.sendKeys(Keys.ENTER);
        browser.await().until(d -> date.toString().equals(browser.js("return arguments[0].value", picker)));
    }

    /** Opens a vaadin-select and chooses the item with that text, as a user would. */
    private void choose(String id, String text) {
        browser.click(browser.driver().findElement(By.id(id)));
        WebElement item = browser.await().until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(text)).findFirst().orElse(null));
        browser.click(item);
        browser.await().until(d -> String.valueOf(browser.js("return arguments[0].querySelector('[slot=value]') "
                + "? arguments[0].querySelector('[slot=value]').textContent : ''", d.findElement(By.id(id)))).contains(text)
                || d.findElement(By.id(id)).getText().contains(text));
        browser.waitForVaadinIdle();
    }
}
