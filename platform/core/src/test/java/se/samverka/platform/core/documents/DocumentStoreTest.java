package se.samverka.platform.core.documents;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.api.documents.DocumentRejectedException.Reason;
import se.samverka.platform.api.documents.DocumentRejectedException;
import se.samverka.platform.api.documents.DocumentStore;
import se.samverka.platform.api.documents.StoredDocument;
import se.samverka.platform.core.TestTenants;
import se.samverka.platform.core.tenant.TenantContext;
import se.samverka.platform.core.testing.TestFiles;
import se.samverka.testkit.PortalTestServer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Documents in the shared database: real content types, a size limit, per tenant. */
class DocumentStoreTest {

    static final byte[] PDF = TestFiles.PDF;
    static final byte[] PNG = TestFiles.PNG;
    static final byte[] EXE = TestFiles.EXE;

    static PortalTestServer portal;
    static DocumentStore store;

    @BeforeAll
    static void start() {
        portal = PortalTestServer.start(TestTenants.FOLDER, Map.of("samverka.documents.max-size", 1024));
        store = portal.bean(DocumentStore.class);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aPdfIsStoredWithItsOriginalNameAndReadBack() {
        StoredDocument stored = inA(() -> store.store("agreement", "7", "Beslut KS-2024-2095 (signerat).pdf", new ByteArrayInputStream(PDF)));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.filename()).isEqualTo("Beslut KS-2024-2095 (signerat).pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(inA(() -> store.content(stored.id()))).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
        assertThat(inA(() -> store.list("agreement", "7"))).extracting(StoredDocument::id).contains(stored.id());
    }

    @Test
    void anImageIsAccepted() {
        assertThat(inA(() -> store.store("report", "1", "bild.png", new ByteArrayInputStream(PNG))).contentType()).isEqualTo("image/png");
    }

    @Test
    void aProgramDisguisedAsAPdfIsRefused() {
        assertThatThrownBy(() -> inA(() -> store.store("agreement", "7", "avtal.pdf", new ByteArrayInputStream(EXE))))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void textCalledAnImageIsRefused() {
        assertThatThrownBy(() -> inA(() -> store.store("agreement", "7", "foto.jpg",
                new ByteArrayInputStream("hej hej".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] big = new byte[2048];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThatThrownBy(() -> inA(() -> store.store("agreement", "7", "stor.pdf", new ByteArrayInputStream(big))))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void anEmptyFileOrAMissingNameIsRefused() {
        assertThatThrownBy(() -> inA(() -> store.store("agreement", "7", "tom.pdf", new ByteArrayInputStream(new byte[0]))))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> inA(() -> store.store("agreement", "7", "  ", new ByteArrayInputStream(PDF))))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NAME_INVALID));
    }

    @Test
    void aPdfHtmlPolyglotSentAsHtmlIsStoredUnderThePdfExtension() {
        byte[] polyglot = (new String(PDF, StandardCharsets.ISO_8859_1) + "<html><script>alert(1)</script></html>")
                .getBytes(StandardCharsets.ISO_8859_1);

        StoredDocument stored = inA(() -> store.store("agreement", "9", "rapport.html", new ByteArrayInputStream(polyglot)));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.filename()).isEqualTo("rapport.pdf");
    }

    @Test
    void aNameWithoutTheTypesExtensionGetsItAndAnotherSpellingOfItStays() {
        assertThat(inA(() -> store.store("agreement", "9", "Avtal v1.2", new ByteArrayInputStream(PDF))).filename())
                .isEqualTo("Avtal v1.2.pdf");
        assertThat(inA(() -> store.store("agreement", "9", "AVTAL.PDF", new ByteArrayInputStream(PDF))).filename())
                .isEqualTo("AVTAL.PDF");
        assertThat(inA(() -> store.store("agreement", "9", "bild.exe", new ByteArrayInputStream(PNG))).filename())
                .isEqualTo("bild.png");
    }

    @Test
    void bidirectionalAndControlCharactersAreRemovedFromTheName() {
        // "rapport<RLO>fdp.exe" reads as "rapportexe.pdf" on screen
        StoredDocument overridden = inA(() -> store.store("agreement", "9", "rapport\u202Efdp.exe", new ByteArrayInputStream(PDF)));
        StoredDocument marked = inA(() -> store.store("agreement", "9",
                "\u200Fa\u200Eb\u061Cc\u202Ad\u202Be\u202Cf\u202Dg\u2066h\u2067i\u2068j\u2069k\u0000l\u0007\u009F.pdf",
                new ByteArrayInputStream(PDF)));

        assertThat(overridden.filename()).isEqualTo("rapportfdp.pdf");
        assertThat(marked.filename()).isEqualTo("abcdefghijkl.pdf");
    }

    @Test
    void anotherTenantsDocumentDoesNotExist() {
        StoredDocument stored = inA(() -> store.store("agreement", "8", "a.pdf", new ByteArrayInputStream(PDF)));

        assertThat(TenantContext.callAs("tenant-b", () -> store.find(stored.id()))).isEmpty();
        assertThat(TenantContext.callAs("tenant-b", () -> store.content(stored.id()))).isEmpty();
        assertThat(TenantContext.callAs("tenant-b", () -> store.list("agreement", "8"))).isEmpty();
        TenantContext.callAs("tenant-b", () -> {
            store.delete(stored.id());
            return null;
        });
        assertThat(inA(() -> store.find(stored.id()))).isPresent();
    }

    private static <T> T inA(java.util.function.Supplier<T> work) {
        return TenantContext.callAs("tenant-a", work);
    }
}
