package se.samverka.platform.core.documents;

import org.apache.tika.Tika;

import java.util.Set;

/**
 * The file types the portal accepts, judged by content (Apache Tika's magic-byte detection; the name
 * only refines a container such as ZIP into the Office format it claims to be).
 */
final class FileTypes {

    static final Set<String> ALLOWED = Set.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/x-tika-msoffice", "application/x-tika-ooxml");

    private static final Tika TIKA = new Tika();

    private FileTypes() {
    }

    /** The content's real type; a name that claims another type does not change what the bytes are. */
    static String detect(byte[] content, String filename) {
        String byContent = TIKA.detect(content);
        String withName = TIKA.detect(content, filename);
        // the name may only make a container more precise (zip → docx), never turn one type into another
        return isContainer(byContent) ? withName : byContent;
    }

    private static boolean isContainer(String type) {
        return type.equals("application/zip") || type.equals("application/x-tika-ooxml")
                || type.equals("application/x-tika-msoffice") || type.equals("application/x-tika-ooxml-protected");
    }
}
