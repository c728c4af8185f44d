package se.samverka.platform.api.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentTest {

    @Test
    void aSwedishNameKeepsItsLettersForBrowsersAndGetsAnAsciiFallback() {
        assertThat(Attachment.contentDisposition("Överenskommelse Junis.pdf")).isEqualTo(
                "attachment; filename=\"Overenskommelse Junis.pdf\"; filename*=UTF-8''%C3%96verenskommelse%20Junis.pdf");
    }

    @Test
    void quotesAndSeparatorsCannotBreakTheHeader() {
        assertThat(Attachment.contentDisposition("a\"b;c.pdf")).startsWith("attachment; filename=\"a_b_c.pdf\";")
                .endsWith("filename*=UTF-8''a%22b%3Bc.pdf");
    }

    @Test
    void aRegistryNumberBecomesAFileName() {
        assertThat(Attachment.safeName("KS/2024:2095", "x")).isEqualTo("KS-2024-2095");
        assertThat(Attachment.safeName(null, "överenskommelse-7")).isEqualTo("överenskommelse-7");
    }
}
