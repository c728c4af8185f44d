package se.samverka.platform.core.documents;

import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a document is stored and downloaded under, made to tell the truth: no control or
 * bidirectional-control characters (a right-to-left override makes {@code "rapport\u202Efdp.exe"}
 * read as {@code "rapportexe.pdf"}), and an extension that matches the type detected from the content.
 * The name is corrected, not refused: a PDF sent as {@code avtal.html} (a PDF+HTML polyglot a browser
 * would render as a page) is stored as {@code avtal.pdf}; a name without a known extension gets the
 * type's ({@code Avtal v1.2} → {@code Avtal v1.2.pdf}); an extension the type has under another spelling
 * stays ({@code foto.jpeg}).
 */
final class DocumentNames {

    /** C0/C1 controls (NUL included) and the bidi embeddings, overrides, isolates and marks (Unicode UAX #9). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private DocumentNames() {
    }

    /** The last path segment of the name as sent, without invisible characters; blank when nothing is left. */
    static String clean(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        return INVISIBLE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("").trim();
    }

    /** The name with an extension of the content's type. */
    static String withExtensionOf(String name, String contentType) {
        List<String> extensions = extensionsOf(contentType);
        if (extensions.isEmpty()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (extensions.contains(extension)) {
            return name;
        }
        String base = dot > 0 && isKnownExtension(extension) ? name.substring(0, dot) : name;
        return base + extensions.get(0);
    }

    private static List<String> extensionsOf(String contentType) {
        try {
            MimeType type = TYPES.forName(contentType);
            return type.getExtensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        } catch (MimeTypeException e) {
            return List.of();
        }
    }

    /** An extension Tika names some type by (".html", ".exe"), not merely a dot in the name ("v1.2"). */
    private static boolean isKnownExtension(String extension) {
        return extension.length() > 1
                && !TYPES.getMimeType("x" + extension).getName().equals(MimeTypes.OCTET_STREAM);
    }
}
