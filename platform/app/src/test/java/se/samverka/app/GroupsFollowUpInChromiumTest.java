package se.samverka.app;

import io.micronaut.data.model.Pageable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.samverka.groups.followup.FollowUpStatus;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.platform.core.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/**
 * The groups module's flows in a real headless Chromium against the whole portal on its demo data:
 * Junis's partner user reports the current half-year of Klubb BUSA (the form checks the figures as they are
 * typed) and submits it; Orust's case officer accepts it and downloads the protected CSV, where a small
 * count reads "<5" and no other cell gives it back. axe-core checks the list, the programme, the form and
 * the officer's follow-up tab on the way. The region's officer plans and cancels a group, returns figures
 * (by keyboard) and attaches a programme description, with axe-core on each dialog.
 */
class GroupsFollowUpInChromiumTest {

    private static final String REGION = "region-jonkoping";

    @RegisterExtension
    static final DemoPortalInChromium chromium = new DemoPortalInChromium();
    private static long busa;

    private PortalBrowser browser;

    @BeforeAll
    static void findTheDemoProgramme() {
        busa = as(officer("orust"), "orust", () -> chromium.portal().bean(Programmes.class)
                .search(new ProgrammeSearch(null, "Klubb BUSA"), Pageable.from(0, 1)).getContent().get(0)).id();
    }

    @Test
    void thePartnerReportsTheOfficerAcceptsAndTheProtectedExportHidesTheSmallCount() throws Exception {
        browser = chromium.open("browser");
        HalfYear current = HalfYear.of(LocalDate.now());

        // Junis opens its programme from the side navigation
        browser.signInOnThePortalsForm(chromium.baseUrl(), "partner.junis", "demo");
        browser.clickSideNav("Stödgrupper");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("programmes-grid")));
        browser.await().until(d -> browser.gridRows("programmes-grid").stream().anyMatch(r -> r.get(0).equals("Klubb BUSA")));
        assertThat(browser.gridRows("programmes-grid")).as("Junis runs one programme in Orust").hasSize(1);
        assertThat(browser.driver().findElement(By.id("programmes-heading")).getText())
                .isEqualTo("Verksamheter som Junis Göteborg och Bohusläns distrikt driver");
        browser.assertNoSeriousAccessibilityViolations("programmes list (partner)");
        browser.get(chromium.baseUrl() + "groups/" + busa + "?tab=follow-up");
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-title"), "Klubb BUSA"));
        browser.waitForVaadinIdle();
        browser.assertNoSeriousAccessibilityViolations("programme follow-up tab (partner)");

        // the figures of the current half-year, checked while typing
        browser.clickFresh(By.id("follow-up-new"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("figure-enrolled")));
        type("figure-enrolled", "14");
        type("figure-newChildren", "6");
        type("figure-remaining", "7");
        browser.await().until(d -> "true".equals(String.valueOf(browser.js(
                "return document.getElementById('figure-remaining').hasAttribute('invalid')"))));
        type("figure-remaining", "8");
        browser.await().until(d -> "false".equals(String.valueOf(browser.js(
                "return document.getElementById('figure-remaining').hasAttribute('invalid')"))));
        type("figure-groupsRunning", "2");
        type("figure-notAttending", "1");
        type("figure-requestedByOtherService", "5");
        type("figure-violenceExperience", "4");
        browser.click(browser.driver().findElement(By.cssSelector("#breakdown-genders vaadin-details-summary")));
        type("figure-genders-GIRL", "3");
        type("figure-genders-BOY", "11");
        browser.assertNoSeriousAccessibilityViolations("follow-up form");
        browser.click(browser.driver().findElement(By.id("follow-up-submit")));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("figure-enrolled")));
        browser.clickUserMenuItemById("logout");
        browser.await().until(ExpectedConditions.urlContains("/login"));

        // the officer accepts and downloads the protected table
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.orust", "demo");
        browser.get(chromium.baseUrl() + "groups/" + busa + "?tab=follow-up");
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-title"), "Klubb BUSA"));
        browser.clickFresh(By.id("follow-up-" + current.key() + "-accept"));
        browser.await().until(d -> d.findElements(By.id("follow-up-" + current.key() + "-accept")).isEmpty());
        browser.awaitNoNotification();
        browser.assertNoSeriousAccessibilityViolations("programme follow-up tab (officer)");
        browser.clickFresh(By.id("follow-up-export-csv"));
        Path csv = browser.awaitDownload("Uppföljning Klubb BUSA.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(text.lines().findFirst().orElseThrow().replace("\uFEFF", "").split(";", -1));
        int column = header.indexOf(current.term().toString());
        assertThat(column).as("the current half-year's column in " + header).isPositive();
        assertThat(cell(text, "Flickor", column)).isEqualTo("<5");
        assertThat(cell(text, "Pojkar", column)).as("14 − 11 would give the 3 back").isEqualTo("..");
        assertThat(cell(text, "Inskrivna barn och unga", column)).isEqualTo("14");
        assertThat(text).contains("färre än 5").doesNotContain(";3;");
        browser.clickUserMenuItemById("logout");
        browser.await().until(ExpectedConditions.urlContains("/login"));

        // the region's officer reads Barndialogen's reference group (seed 001)
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.region-jonkoping", "demo");
        browser.clickSideNav("Referensgrupper");
        browser.await().until(d -> browser.gridRows("reference-groups-grid").stream()
                .anyMatch(r -> r.get(0).startsWith("Barn som anhöriga")));
        browser.assertNoSeriousAccessibilityViolations("reference groups");
        browser.clickFresh(By.cssSelector("#reference-groups-grid a"));
        browser.await().until(ExpectedConditions.textToBe(By.id("reference-title"), "Barn som anhöriga (Barndialogen)"));
        browser.waitForVaadinIdle();
        assertThat(browser.gridRows("reference-meetings-grid")).as("the kick-off of 2012-11-13")
                .anyMatch(r -> r.get(0).equals("2012-11-13") && r.get(2).equals("62 / 80"));
        browser.assertNoSeriousAccessibilityViolations("reference group");
    }

    @Test
    void anOfficerPlansAGroupCancelsItReturnsFiguresByKeyboardAndAttachesTheProgrammesDescription() throws Exception {
        browser = chromium.open("officer-region");
        long vårsol = as(officer(REGION), REGION, () -> chromium.portal().bean(Programmes.class)
                .search(new ProgrammeSearch(null, "Vårsol samtalsgrupper"), Pageable.from(0, 1)).getContent().get(0)).id();
        browser.signInOnThePortalsForm(chromium.baseUrl(), "officer.region-jonkoping", "demo");

        // a new group in the group dialog, planned, then cancelled for too few registrations in the status dialog
        browser.get(chromium.baseUrl() + "groups/" + vårsol + "?tab=groups");
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-title"), "Vårsol samtalsgrupper"));
        browser.clickFresh(By.id("group-new"));
        type("group-name", "Torsdagsgruppen");
        type("group-term", "HT 2099");
        WebElement leader = browser.driver().findElement(By.cssSelector("#group-leaders vaadin-text-field.group-leader-function input"));
        leader.sendKeys("Kurator");
        browser.waitForVaadinIdle();
        browser.assertNoSeriousAccessibilityViolations("group dialog");
        browser.click(browser.driver().findElement(By.id("group-save")));
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("group-name")));
        long group = as(officer(REGION), REGION, () -> chromium.portal().bean(Groups.class).of(vårsol).stream()
                .filter(g -> g.name().equals("Torsdagsgruppen")).findFirst().orElseThrow()).id();
        browser.awaitNoNotification();
        browser.clickFresh(By.id("group-" + group + "-to-CANCELLED"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("group-cancel-reason")));
        assertThat(browser.driver().findElement(By.id("group-cancel-reason")).getText()).contains("För få anmälningar");
        browser.assertNoSeriousAccessibilityViolations("group status dialog");
        browser.click(browser.driver().findElement(By.id("group-status-confirm")));
        browser.await().until(d -> browser.gridRows("groups-grid").stream()
                .anyMatch(r -> r.get(0).startsWith("Torsdagsgruppen") && String.join(" ", r).toLowerCase(java.util.Locale.ROOT).contains("inställd")));
        assertThat(as(officer(REGION), REGION, () -> chromium.portal().bean(Groups.class).find(group).orElseThrow().status()))
                .isEqualTo(GroupStatus.CANCELLED);

        // the last half-year's submitted figures go back with a reason, by keyboard only
        HalfYear last = HalfYear.of(LocalDate.now()).previous();
        browser.get(chromium.baseUrl() + "groups/" + vårsol + "?tab=follow-up");
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-title"), "Vårsol samtalsgrupper"));
        browser.clickFresh(By.id("follow-up-" + last.key() + "-return"));
        WebElement why = browser.await().until(d -> d.findElement(By.cssSelector("#follow-up-return-comment textarea")));
        browser.await().until(d -> why.equals(d.switchTo().activeElement()));
        why.sendKeys("Antalet nya barn och antalet kvarstående går inte ihop med antalet inskrivna.");
        browser.assertNoSeriousAccessibilityViolations("return dialog");
        why.sendKeys(Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).as("the dialog's confirm button is reached by Tab").isEqualTo("follow-up-return-confirm");
        focused.sendKeys(Keys.ENTER);
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("follow-up-return-comment")));
        assertThat(as(officer(REGION), REGION, () -> chromium.portal().bean(FollowUps.class).of(vårsol, last).orElseThrow().status()))
                .isEqualTo(FollowUpStatus.RETURNED);

        // the programme's description attached in the documents tab and downloaded under its name
        browser.get(chromium.baseUrl() + "groups/" + vårsol + "?tab=documents");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#programme-documents vaadin-upload")));
        assertThat(browser.driver().findElement(By.id("programme-documents-no-children")).getText()).contains("inga namn");
        browser.waitForVaadinIdle();
        browser.assertNoSeriousAccessibilityViolations("programme documents tab");
        Path description = Files.createTempDirectory("vårsol").resolve("Verksamhetsbeskrivning Vårsol.pdf");
        Files.write(description, TestFiles.PDF);
        browser.upload(browser.driver().findElement(By.cssSelector("#programme-documents vaadin-upload")), description);
        browser.await().until(d -> browser.gridRows("programme-documents-list").stream()
                .anyMatch(r -> r.get(0).equals("Verksamhetsbeskrivning Vårsol.pdf") && r.get(1).equals("Verksamhetsbeskrivning")));
        browser.awaitNoNotification();
        browser.clickFresh(By.cssSelector("#programme-documents-list a"));
        assertThat(Files.readAllBytes(browser.awaitDownload("Verksamhetsbeskrivning Vårsol.pdf"))).isEqualTo(TestFiles.PDF);
        browser.assertNoSeriousAccessibilityViolations("programme documents tab with a document");
    }

    private static String cell(String csv, String row, int column) {
        return csv.lines().filter(l -> l.startsWith(row + ";")).findFirst().map(l -> l.split(";", -1)[column])
                .orElseThrow(() -> new AssertionError("no row " + row + " in\n" + csv));
    }

    private void type(String id, String value) {
        WebElement input = browser.await().until(d -> d.findElement(By.id(id))).findElement(By.cssSelector("input"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(value);
        browser.waitForVaadinIdle();
    }
}
