package se.samverka.app;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreements module's documents in Chromium against the shipped jar on its embedded default (the
 * demo agreements): a case officer and a partner user each upload a real PDF through the Documents tab,
 * see it listed and download it under its original name with its bytes; a program disguised as a PDF is
 * refused with the translated reason at the upload and nothing is stored. Uploads are Vaadin's stream
 * requests, which must carry the tenant and the user as every UIDL request does.
 */
class AgreementDocumentsInTheShippedJarIT {

    private static final String JUNIS_DEMO_TITLE_START = "Överenskommelse om Idéburet Offentligt Partnerskap (IOP) mellan Orust kommun och Junis";
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0,
            (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0};

    private static ShippedJar portal;
    private static Path files;

    private PortalBrowser browser;

    @RegisterExtension
    static final AfterTestExecutionCallback ARTIFACTS_ON_FAILURE = PortalBrowser.failureArtifacts();

    @BeforeAll
    static void startTheJar() throws IOException {
        PortalBrowser.requireChromium();
        PortalBrowser.clearArtifacts(AgreementDocumentsInTheShippedJarIT.class);
        portal = ShippedJar.start(Files.createTempDirectory("samverka-documents-jar-"),
                Map.of("SAMVERKA_TENANTS_DIR", ShippedJar.repositoryRoot().resolve("tenants").toString()));
        files = Files.createTempDirectory("samverka-documents-files-");
    }

    @AfterAll
    static void stopTheJar() {
        if (portal != null) {
            portal.close();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCaseOfficerUploadsAPdfSeesItListedAndDownloadsItUnderItsOriginalName() throws IOException {
        Path pdf = pdf("Beslut KS 2024-2095.pdf", "Kommunstyrelsens beslut om överenskommelsen med Junis.");
        browser = PortalBrowser.open("officer");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.orust", "demo");
        openTheJunisAgreementsDocuments();

        WebElement kind = browser.driver().findElement(By.cssSelector("#agreement-documents vaadin-select"));
        assertThat(kind.getAttribute("value")).as("the kind has a default: the drop zone does not wait").isNotBlank();
        WebElement upload = browser.driver().findElement(By.cssSelector("#agreement-documents vaadin-upload"));
        assertThat(upload.getAttribute("disabled")).as("upload enabled").isNull();
        browser.assertNoSeriousAccessibilityViolations("documents tab of a case officer");

        browser.upload(upload, pdf);
        List<String> row = awaitListed(pdf.getFileName().toString());
        assertThat(row.get(2)).as("size column").isNotBlank();
        assertThat(problemText()).isEmpty();

        Path downloaded = download(pdf.getFileName().toString());
        assertThat(downloaded).hasBinaryContent(Files.readAllBytes(pdf));
        browser.assertNoSeriousAccessibilityViolations("documents tab with an uploaded document");
    }

    @Test
    void aProgramDisguisedAsAPdfIsRefusedWithTheReasonAtTheUploadAndNothingIsStored() throws IOException {
        Path disguised = files.resolve("faktura.pdf");
        Files.write(disguised, EXE);
        browser = PortalBrowser.open("disguised");
        browser.signInOnThePortalsForm(portal.uri().toString(), "officer.orust", "demo");
        openTheJunisAgreementsDocuments();
        List<List<String>> before = listed();

        browser.upload(browser.driver().findElement(By.cssSelector("#agreement-documents vaadin-upload")), disguised);
        String reason = browser.await().until(d -> {
            String text = problemText();
            return text.isEmpty() ? null : text;
        });
        assertThat(reason).isEqualTo("Filen ”faktura.pdf” är inte en PDF, ett Office-dokument eller en bild "
                + "(vad innehållet är avgör, inte filnamnet) och kan inte bifogas.");
        WebElement problem = browser.driver().findElement(By.id("agreement-documents-problem"));
        assertThat(problem.getAttribute("role")).as("announced to screen readers").isEqualTo("alert");
        browser.waitForVaadinIdle();
        assertThat(listed()).as("nothing stored").isEqualTo(before);
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("kunde inte genomföras");
    }

    @Test
    void aPartnerUserUploadsTheirReportAndDownloadsIt() throws IOException {
        Path pdf = pdf("Verksamhetsrapport Junis HT.pdf", "Junis rapport för hösten: 23 deltagare i läxhjälpen.");
        browser = PortalBrowser.open("partner");
        browser.signInOnThePortalsForm(portal.uri().toString(), "partner.junis", "demo");
        openTheJunisAgreementsDocuments();

        WebElement kind = browser.driver().findElement(By.cssSelector("#agreement-documents vaadin-select"));
        browser.await().until(d -> !kind.getText().isBlank() || !String.valueOf(kind.getAttribute("value")).isBlank());
        browser.upload(browser.driver().findElement(By.cssSelector("#agreement-documents vaadin-upload")), pdf);
        List<String> row = awaitListed(pdf.getFileName().toString());
        assertThat(row.get(1)).as("kind of a partner's document").isEqualTo("Rapport");

        assertThat(download(pdf.getFileName().toString())).hasBinaryContent(Files.readAllBytes(pdf));
        browser.assertNoSeriousAccessibilityViolations("documents tab of a partner user");
    }

    // --- steps ------------------------------------------------------------------------------------

    private void openTheJunisAgreementsDocuments() {
        browser.clickSideNav("Överenskommelser");
        browser.clickFresh(By.partialLinkText(JUNIS_DEMO_TITLE_START));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-title")));
        browser.waitForVaadinIdle();
        browser.clickFresh(By.id("tab-documents"));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreement-documents vaadin-upload")));
        browser.waitForVaadinIdle();
    }

    private List<List<String>> listed() {
        return browser.gridRows("agreement-documents-list");
    }

    private List<String> awaitListed(String fileName) {
        return browser.await().until(d -> listed().stream().filter(r -> !r.isEmpty() && r.get(0).equals(fileName))
                .findFirst().orElse(null));
    }

    private String problemText() {
        return browser.driver().findElement(By.id("agreement-documents-problem")).getText().trim();
    }

    /** Clicks the document's link in the list, as a user would; the file the browser saved. */
    private Path download(String fileName) {
        WebElement link = browser.await().until(d -> d.findElements(By.cssSelector("#agreement-documents-list a")).stream()
                .filter(a -> fileName.equals(a.getText().trim())).findFirst().orElse(null));
        assertThat(link.getAttribute("aria-label")).isEqualTo(fileName + " (ladda ner)");
        browser.awaitNoNotification(); // the "uploaded" toast lies over the end of the list for a few seconds
        browser.click(link);
        Path saved = browser.awaitDownload(fileName);
        assertThat(browser.downloadedFiles()).as("the browser saved it under its original name").contains(fileName);
        return saved;
    }

    /** A real PDF, as a user's word processor would write it. */
    private static Path pdf(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(name.replace(".pdf", ""));
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 0; page < 2; page++) {
                PDPage sheet = new PDPage();
                document.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(16);
                    content.newLineAtOffset(60, 740);
                    for (int i = 0; i < 20; i++) {
                        // the base font encodes Latin-1 only: the test's texts are plain
                        content.showText(text + " Stycke " + (page * 20 + i + 1) + ".");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(bytes);
        }
        Path file = files.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
