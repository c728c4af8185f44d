package se.samverka.agreements.documents;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.agreements.TestAgreements;
import se.samverka.agreements.TestPortal;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.platform.core.testing.SignedSession;
import se.samverka.platform.core.testing.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.agreements.TestPortal.TENANT_A;
import static se.samverka.agreements.TestPortal.as;
import static se.samverka.agreements.TestPortal.officer;

/**
 * Uploads a careless or hostile client sends: a multipart body without or with the wrong boundary, a
 * part that never ends, a NUL in the file name, a body over the multipart limit. Each gets the
 * platform's translated problem+json (400 or 422, or 413 as the store's own limit), never a 500.
 */
class MalformedUploadsTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static AgreementDetails agreement;
    static String cookie;

    @BeforeAll
    static void anAgreement() {
        as(officer(TENANT_A), TENANT_A, () -> {
            agreement = TestAgreements.proposed(TestAgreements.partner(TestAgreements.alias("m")).id());
        });
        cookie = SignedSession.cookie(TestPortal.shared(), officer(TENANT_A));
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsABadRequest() {
        assertBadRequest(post("multipart/form-data", wellFormed("b1", "a.pdf", TestFiles.PDF)));
    }

    @Test
    void aBodyWhoseBoundaryIsNotTheOneDeclaredHasNoFile() {
        // the engine finds no part at all in it: the same refusal as an upload without the file part
        HttpResponse<String> answer = post("multipart/form-data; boundary=declared", wellFormed("other", "a.pdf", TestFiles.PDF));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertProblem(answer, "documents.file-missing");
        assertThat(answer.body()).contains("\"field\":\"/file\"");
    }

    @Test
    void aPartThatNeverEndsIsABadRequest() {
        byte[] whole = wellFormed("b2", "a.pdf", TestFiles.PDF);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - "\r\n--b2--\r\n".length());
        assertBadRequest(post("multipart/form-data; boundary=b2", cut));
    }

    @Test
    void aNulInTheFileNameIsRefusedAtTheFile() {
        // Tomcat refuses the whole body for it before anybody sees the name (other control characters
        // reach the store, which removes them)
        HttpResponse<String> answer = post("multipart/form-data; boundary=b3", wellFormed("b3", "be\u0000slut.pdf", TestFiles.PDF));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem(answer, "documents.name-unreadable");
        assertThat(answer.body()).contains("\"field\":\"/file\"");
    }

    @Test
    void aBodyOverTheMultipartLimitIsTooLargeInTheProblemFormatOfTheStoresLimit() {
        byte[] content = TestFiles.pdfLargerThan(26L * 1024 * 1024);
        HttpResponse<String> answer = post("multipart/form-data; boundary=b4", wellFormed("b4", "enorm.pdf", content));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertProblem(answer, "documents.upload-too-large");
        assertThat(answer.body()).contains("högst 20 MB");
    }

    @Test
    void anUploadWithoutAContentTypeIsAnUnsupportedMediaTypeThatSaysHowToSendIt() {
        // the OpenAPI walk's find: binding the parts of a body without a Content-Type was a 500
        HttpResponse<String> answer = post(null, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertProblem(answer, "documents.upload-unreadable");
        assertThat(answer.body()).contains("multipart/form-data");
    }

    @Test
    void anUploadOfAnotherContentTypeIsAnUnsupportedMediaType() {
        // refused by Micronaut's router before any filter: its 415, in the platform's format
        HttpResponse<String> answer = post("text/plain", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertProblem(answer, "refusal.request.media-type");
    }

    private static void assertBadRequest(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertProblem(answer, "documents.upload-unreadable");
    }

    private static void assertProblem(HttpResponse<String> answer, String code) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("sv");
        assertThat(answer.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("org.apache");
    }

    /** The parts kind and file, delimited by the boundary given. */
    private static byte[] wellFormed(String boundary, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nother\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static HttpResponse<String> post(String contentType, byte[] body) {
        URI uri = URI.create(TestPortal.shared().uri() + AgreementDocumentsApiTest.documents(TENANT_A, agreement));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Cookie", cookie)
                .header("Accept-Language", "sv-SE,sv").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
