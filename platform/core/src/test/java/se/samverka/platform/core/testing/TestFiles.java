package se.samverka.platform.core.testing;

import java.nio.charset.StandardCharsets;

/** Small files with real content types, and a program that pretends to be a PDF, for every module's upload tests. */
public final class TestFiles {

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 2, 0, 0, 0};
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};

    private TestFiles() {
    }

    /** A PDF one byte over the limit. */
    public static byte[] pdfLargerThan(long limit) {
        byte[] big = new byte[(int) limit + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        return big;
    }
}
