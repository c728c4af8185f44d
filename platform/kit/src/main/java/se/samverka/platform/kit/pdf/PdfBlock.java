package se.samverka.platform.kit.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of lines laid side by side with others (a signature: place and date, the line to sign on, the name,
 * the role), tagged as a Div of paragraphs and read block by block. The line to sign on is drawn, not written:
 * an artifact a screen reader skips.
 */
public final class PdfBlock {

    record Line(String text, PdfStyle style) {
        boolean rule() {
            return text == null;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    public static PdfBlock create() {
        return new PdfBlock();
    }

    public PdfBlock line(String text, PdfStyle style) {
        lines.add(new Line(text == null ? "" : text, style));
        return this;
    }

    /** Room to sign in and the line to sign on. */
    public PdfBlock signingLine() {
        lines.add(new Line(null, PdfStyle.BODY));
        return this;
    }

    List<Line> lines() {
        return lines;
    }
}
