package se.samverka.platform.api.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A download's headers, the same for exports and attached documents: the {@code Content-Disposition}
 * that keeps its file name, Swedish letters included (an ASCII {@code filename} for old clients and
 * the exact name as {@code filename*}, RFC 6266 with the RFC 5987 encoding, which every current
 * browser prefers), no caching of what may be confidential, and no guessing of the type by the browser.
 */
public final class Attachment {

    private Attachment() {
    }

    /** The response as a download of that type under that name. */
    public static <T> MutableHttpResponse<T> download(MutableHttpResponse<T> response, String contentType, String filename) {
        return response.contentType(contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    public static String contentDisposition(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + encoded(filename);
    }

    /** "Överenskommelse Junis.pdf" becomes "Overenskommelse Junis.pdf"; quotes and other specials become "_". */
    public static String asciiFallback(String filename) {
        String withoutMarks = Normalizer.normalize(filename, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        for (char c : withoutMarks.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 5987 value characters: percent-encoded UTF-8, spaces as %20 (not "+"). */
    public static String encoded(String filename) {
        return URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%7E", "~").replace("*", "%2A").replace("'", "%27").replace("%21", "!");
    }

    /** A file name from a registry number: "KS/2024:2095" gives "KS-2024-2095". */
    public static String safeName(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String name = text.trim().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").replaceAll("-{2,}", "-");
        return name.isBlank() ? fallback : name;
    }
}
