package se.samverka.groups.documents;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.groups.TestGroups;
import se.samverka.groups.TestPortal;
import se.samverka.groups.programme.Programmes;
import se.samverka.platform.api.security.CurrentUser.PortalUser;
import se.samverka.platform.core.testing.PortalHttp;
import se.samverka.platform.core.testing.TestFiles;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.groups.TestPortal.ORUST;
import static se.samverka.groups.TestPortal.REGION;
import static se.samverka.platform.core.testing.PortalHttp.text;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;
import static se.samverka.platform.core.testing.TestUsers.partner;
import static se.samverka.platform.core.testing.TestUsers.reader;

/**
 * A programme's documents over real HTTP on the real portal (the kit's documents on the platform store):
 * the provider attaches its description and reports, an officer anything; downloads keep the name;
 * another organisation's or tenant's programme and its documents do not exist.
 */
class ProgrammeDocumentsApiTest {

    static long junisProgramme;
    static long ownProgramme;
    static long inRegion;
    static PortalUser junis;
    static PortalUser vårsol;
    static PortalHttp officerOrust;

    @BeforeAll
    static void programmesOfJunisAndOfOrustItselfAndOneInTheRegion() {
        String junisAlias = TestPortal.alias("junis");
        String vårsolAlias = TestPortal.alias("varsol");
        junis = partner(junisAlias, ORUST);
        vårsol = partner(vårsolAlias, ORUST, REGION);
        as(officer(ORUST), ORUST, () -> {
            TestPortal.partner(vårsolAlias);
            junisProgramme = programmes().create(TestGroups.programme("Klubb BUSA " + junisAlias,
                    TestPortal.partner(junisAlias).id())).id();
            ownProgramme = programmes().create(TestGroups.programme("Orusts egen grupp " + junisAlias, null)).id();
        });
        inRegion = as(officer(REGION), REGION, () -> programmes().create(TestGroups.programme("Vårsol " + vårsolAlias,
                TestPortal.partner(vårsolAlias).id())).id());
        officerOrust = PortalHttp.as(TestPortal.shared(), officer(ORUST));
    }

    static Programmes programmes() {
        return TestPortal.bean(Programmes.class);
    }

    static String documents(String tenant, long programme) {
        return "/api/v1/tenants/" + tenant + "/groups/programmes/" + programme + "/documents";
    }

    static long idOf(HttpResponse<byte[]> created) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(text(created));
        assertThat(id.find()).as(text(created)).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anOfficerAttachesADescriptionThatIsListedAndDownloadsUnderItsOriginalName() {
        HttpResponse<byte[]> created = officerOrust.upload(documents(ORUST, junisProgramme), "description",
                "Verksamhetsbeskrivning Klubb BUSA åäö.pdf", TestFiles.PDF, null);
        assertThat(created.statusCode()).as(text(created)).isEqualTo(201);
        long id = idOf(created);

        assertThat(text(officerOrust.get(documents(ORUST, junisProgramme))))
                .contains("\"filename\":\"Verksamhetsbeskrivning Klubb BUSA åäö.pdf\"").contains("\"kind\":\"DESCRIPTION\"")
                .contains("\"recordId\":" + junisProgramme);
        HttpResponse<byte[]> download = officerOrust.get(documents(ORUST, junisProgramme) + "/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(TestFiles.PDF);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition)
                .contains("filename*=UTF-8''Verksamhetsbeskrivning%20Klubb%20BUSA%20%C3%A5%C3%A4%C3%B6.pdf"));
    }

    @Test
    void theProviderAttachesReportsAndInformationButNotOtherDocumentsAndDeletesNothing() {
        PortalHttp provider = PortalHttp.as(TestPortal.shared(), junis);

        HttpResponse<byte[]> report = provider.upload(documents(ORUST, junisProgramme), "report", "Verksamhetsberättelse 2025.pdf",
                TestFiles.PDF, null);
        assertThat(report.statusCode()).as(text(report)).isEqualTo(201);
        assertThat(provider.upload(documents(ORUST, junisProgramme), "information", "Inbjudan.png", TestFiles.PNG, null)
                .statusCode()).isEqualTo(201);
        HttpResponse<byte[]> other = provider.upload(documents(ORUST, junisProgramme), "other", "x.pdf", TestFiles.PDF, null);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(text(other)).contains("Utföraren bifogar beskrivningar, rapporter och informationsmaterial");
        assertThat(provider.delete(documents(ORUST, junisProgramme) + "/" + idOf(report)).statusCode()).isEqualTo(403);
        assertThat(officerOrust.delete(documents(ORUST, junisProgramme) + "/" + idOf(report)).statusCode()).isEqualTo(204);
        assertThat(text(provider.get(documents(ORUST, junisProgramme)))).doesNotContain("Verksamhetsberättelse 2025.pdf");
    }

    @Test
    void aRefusedFileIsExplainedInTheCallersLanguageAndNothingIsStored() {
        long fresh = as(officer(ORUST), ORUST, () -> programmes().create(TestGroups.programme("Ny " + TestPortal.alias("p"), null))
                .id());
        HttpResponse<byte[]> disguised = officerOrust.upload(documents(ORUST, fresh), "report", "rapport.pdf", TestFiles.EXE,
                "en");
        assertThat(disguised.statusCode()).isEqualTo(422);
        assertThat(text(disguised)).contains("is not a PDF, an Office document or an image").contains("\"field\":\"/file\"");
        HttpResponse<byte[]> noKind = officerOrust.upload(documents(ORUST, fresh), "invoice", "a.pdf", TestFiles.PDF, null);
        assertThat(noKind.statusCode()).isEqualTo(422);
        assertThat(text(noKind)).contains("description, report, information, other");
        assertThat(text(officerOrust.get(documents(ORUST, fresh)))).isEqualTo("[]");
    }

    @Test
    void anotherOrganisationsOrTenantsProgrammeAndItsDocumentsAreNotThere() {
        long inOrust = idOf(officerOrust.upload(documents(ORUST, junisProgramme), "other", "plan.pdf", TestFiles.PDF, null));
        PortalHttp other = PortalHttp.as(TestPortal.shared(), vårsol);

        assertThat(other.get(documents(ORUST, junisProgramme)).statusCode()).as("another organisation's programme").isEqualTo(404);
        assertThat(other.get(documents(ORUST, junisProgramme) + "/" + inOrust + "/content").statusCode()).isEqualTo(404);
        assertThat(other.upload(documents(ORUST, junisProgramme), "report", "r.pdf", TestFiles.PDF, null).statusCode())
                .isEqualTo(404);
        assertThat(PortalHttp.as(TestPortal.shared(), junis).get(documents(ORUST, ownProgramme)).statusCode())
                .as("the tenant's own programme, which no partner runs").isEqualTo(404);
        assertThat(officerOrust.get(documents(REGION, inRegion)).statusCode()).as("another tenant").isEqualTo(404);
        assertThat(officerOrust.get(documents(ORUST, inRegion)).statusCode()).as("another tenant's id here").isEqualTo(404);
        HttpResponse<byte[]> throughAnother = PortalHttp.as(TestPortal.shared(), officer(REGION))
                .get(documents(REGION, inRegion) + "/" + inOrust + "/content");
        assertThat(throughAnother.statusCode()).as("a document read through another record").isEqualTo(404);
    }

    @Test
    void readersReadButNeitherAttachNorDelete() {
        long id = idOf(officerOrust.upload(documents(ORUST, ownProgramme), "description", "beskrivning.pdf", TestFiles.PDF, null));
        PortalHttp reader = PortalHttp.as(TestPortal.shared(), reader(ORUST));

        assertThat(text(reader.get(documents(ORUST, ownProgramme)))).contains("beskrivning.pdf");
        assertThat(reader.upload(documents(ORUST, ownProgramme), "other", "b.pdf", TestFiles.PDF, null).statusCode()).isEqualTo(403);
        assertThat(reader.delete(documents(ORUST, ownProgramme) + "/" + id).statusCode()).isEqualTo(403);
    }
}
