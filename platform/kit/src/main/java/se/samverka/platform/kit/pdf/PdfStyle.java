package se.samverka.platform.kit.pdf;

/**
 * The few looks a portal document's text has. Bold and italic are drawn from the one embedded regular face
 * (stroked, slanted) rather than from fonts of their own: a document then embeds a single font file, the one
 * PDFBox ships, and no font needs a licence of its own in the portal.
 */
public enum PdfStyle {
    TITLE(18, true, false),
    HEADING(13, true, false),
    SUBHEADING(11, true, false),
    BODY(10.5f, false, false),
    STRONG(10.5f, true, false),
    EMPHASIS(11, false, true),
    SMALL(9, false, false),
    TABLE(9.5f, false, false),
    TABLE_HEAD(9.5f, true, false);

    final float size;
    final boolean bold;
    final boolean italic;

    PdfStyle(float size, boolean bold, boolean italic) {
        this.size = size;
        this.bold = bold;
        this.italic = italic;
    }

    float leading() {
        return size * 1.35f;
    }

    PdfStyle strong() {
        return switch (this) {
            case TABLE -> TABLE_HEAD;
            case BODY -> STRONG;
            default -> this;
        };
    }
}
