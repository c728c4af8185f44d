package se.samverka.platform.kit.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import se.samverka.platform.api.i18n.LocalTexts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A portal document as an accessible PDF (PDF/UA-1, as public bodies must publish under the DOS-lagen): tagged
 * in reading order (Document, H1–H3, P, L/LI/Lbl/LBody, Table/TR/TH/TD, Div), the language of the reader's
 * texts in the catalog, the title in the information and XMP with the viewer told to show it, the font embedded
 * (Liberation Sans, which PDFBox ships), and "Sida n av m" / "Page n of m" at the foot of each page as a
 * pagination artifact; borders and the line to sign on are layout artifacts. Write the content top to bottom,
 * then {@link #writeTo}.
 *
 * <p>Why PDFBox and not OpenPDF or openhtmltopdf: OpenPDF 2.0's {@code Document} lays out paragraphs and tables
 * but tags none of them (only hand-written content can be marked), and openhtmltopdf's PDF/UA mode is not
 * among the libraries the build can fetch. PDFBox writes exactly the structure asked for, and the tests read it
 * back with the same library. The layout here is the small one portal documents need: wrapped paragraphs,
 * headings kept with what follows, bullet lists, tables whose header repeats on each page, side-by-side blocks.
 */
public final class TaggedPdf {

    /** The font PDFBox ships (Liberation Sans, SIL Open Font License): embedded, as PDF/UA requires. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final float PADDING = 4;
    private static final float BORDER = 0.5f;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDRectangle size;
    private final float margin;
    private final String title;
    private final LocalTexts texts;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement body;
    private final List<PDPage> pages = new ArrayList<>();
    /** Per page, the structure element of each marked content, by MCID: the parent tree. */
    private final List<List<PDStructureElement>> marked = new ArrayList<>();
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private String subject;
    private PDPageContentStream content;
    private float y;
    private Runnable onNewPage = () -> { };

    private TaggedPdf(PDRectangle size, float margin, String title, LocalTexts texts) {
        this.size = size;
        this.margin = margin;
        this.title = title;
        this.texts = texts;
        try {
            font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getDocumentCatalog().setStructureTreeRoot(root);
        body = new PDStructureElement("Document", root);
        root.appendKid(body);
    }

    /** An A4 page upright, in the texts' language; the title goes into the metadata (add it as {@link #title} too). */
    public static TaggedPdf portrait(String title, LocalTexts texts) {
        return new TaggedPdf(PDRectangle.A4, 56, title, texts);
    }

    /** An A4 page on its side, for wide tables. */
    public static TaggedPdf landscape(String title, LocalTexts texts) {
        return new TaggedPdf(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 40, title, texts);
    }

    public TaggedPdf subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** The document's heading (H1). */
    public TaggedPdf title(String text) {
        return heading("H1", text, PdfStyle.TITLE, 0, 6);
    }

    /** A section's heading (H2), kept on the page of what follows it. */
    public TaggedPdf heading(String text) {
        return heading("H2", text, PdfStyle.HEADING, 12, 4);
    }

    /** A heading within a section (H3). */
    public TaggedPdf subheading(String text) {
        return heading("H3", text, PdfStyle.SUBHEADING, 6, 2);
    }

    public TaggedPdf paragraph(String text) {
        return paragraph(text, PdfStyle.BODY);
    }

    /** A paragraph (P); its line breaks are kept, long lines wrap. */
    public TaggedPdf paragraph(String text, PdfStyle style) {
        PDStructureElement p = element("P", body);
        writeLines(p, wrap(text, style, width()), style, left(), 0, false);
        y -= 4;
        return this;
    }

    /** Paragraphs separated by blank lines in the text, each its own P. */
    public TaggedPdf paragraphs(String text) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                paragraph(paragraph.strip());
            }
        }
        return this;
    }

    /** A bulleted list (L of LI, each with its bullet as Lbl and its text as LBody). */
    public TaggedPdf list(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        PDStructureElement list = element("L", body);
        PDListAttributeObject numbering = new PDListAttributeObject();
        numbering.setListNumbering(PDListAttributeObject.LIST_NUMBERING_DISC);
        list.addAttribute(numbering);
        float indent = 14;
        for (String item : items) {
            PDStructureElement li = element("LI", list);
            List<String> lines = wrap(item, PdfStyle.BODY, width() - indent);
            ensureRoom(PdfStyle.BODY.leading());
            float baseline = y - PdfStyle.BODY.size;
            PDStructureElement label = element("Lbl", li);
            mark(label, () -> text("\u2022", PdfStyle.BODY, left() + 3, baseline));
            writeLines(element("LBody", li), lines, PdfStyle.BODY, left() + indent, 0, false);
            y -= 1;
        }
        y -= 4;
        return this;
    }

    /** A data table across the page's width. */
    public TaggedPdf table(PdfTable table) {
        List<PdfTable.Column> columns = table.columns();
        float total = (float) columns.stream().mapToDouble(PdfTable.Column::weight).sum();
        float[] x = new float[columns.size() + 1];
        x[0] = left();
        for (int i = 0; i < columns.size(); i++) {
            x[i + 1] = x[i] + width() * columns.get(i).weight() / total;
        }
        PDStructureElement element = element("Table", body);
        List<PdfTable.Cell> header = columns.stream().map(c -> new PdfTable.Cell(c.heading(), 1, true, false)).toList();
        y -= 4;
        ensureRoom(rowHeight(header, x) + rowHeight(table.rows().isEmpty() ? header : table.rows().get(0), x));
        row(element, header, columns, x, true, false);
        Runnable previous = onNewPage;
        onNewPage = () -> row(null, header, columns, x, true, true);
        for (List<PdfTable.Cell> cells : table.rows()) {
            float height = rowHeight(cells, x);
            if (y - height < bottom()) {
                newPage();
            }
            row(element, cells, columns, x, false, false);
        }
        onNewPage = previous;
        y -= 10;
        return this;
    }

    /** Blocks side by side, {@code columns} to a row, read block by block. */
    public TaggedPdf blocks(int columns, List<PdfBlock> blocks) {
        float gap = 18;
        float blockWidth = (width() - gap * (columns - 1)) / columns;
        y -= 8;
        for (int start = 0; start < blocks.size(); start += columns) {
            List<PdfBlock> row = blocks.subList(start, Math.min(blocks.size(), start + columns));
            float height = 0;
            for (PdfBlock block : row) {
                height = Math.max(height, blockHeight(block, blockWidth));
            }
            ensureRoom(height);
            float top = y;
            for (int i = 0; i < row.size(); i++) {
                y = top;
                float x = left() + i * (blockWidth + gap);
                PDStructureElement div = element("Div", body);
                for (PdfBlock.Line line : row.get(i).lines()) {
                    if (line.rule()) {
                        y -= 26;
                        float ruleY = y;
                        layout(() -> {
                            content.setLineWidth(BORDER);
                            content.moveTo(x, ruleY);
                            content.lineTo(x + blockWidth * 0.85f, ruleY);
                            content.stroke();
                        });
                        y -= 3;
                    } else {
                        writeLines(element("P", div), wrap(line.text(), line.style(), blockWidth), line.style(), x, 0, false);
                    }
                }
            }
            y = top - height - 12;
        }
        return this;
    }

    /** Lays the footers, the structure's parent tree and the metadata, and writes the file. */
    public void writeTo(OutputStream out) {
        try {
            if (pages.isEmpty()) {
                newPage();
            }
            content.close();
            footers();
            parentTree();
            metadata();
            document.save(out);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    // --- layout

    private TaggedPdf heading(String type, String text, PdfStyle style, float before, float after) {
        List<String> lines = wrap(text, style, width());
        if (!pages.isEmpty()) {
            y -= before;
        }
        // a heading is not left alone at the foot of a page: it needs room for itself and two lines of text
        ensureRoom(lines.size() * style.leading() + 2 * PdfStyle.BODY.leading());
        writeLines(element(type, body), lines, style, left(), 0, false);
        y -= after;
        return this;
    }

    /** Writes lines into one element, moving to a new page where the page ends (a marked content per page). */
    private void writeLines(PDStructureElement element, List<String> lines, PdfStyle style, float x, float width,
                            boolean right) {
        int i = 0;
        while (i < lines.size()) {
            ensureRoom(style.leading());
            List<String> here = new ArrayList<>();
            float top = y;
            while (i < lines.size() && (here.isEmpty() || y - style.leading() >= bottom())) {
                here.add(lines.get(i++));
                y -= style.leading();
            }
            mark(element, () -> {
                float baseline = top - style.size;
                for (String line : here) {
                    float lineX = right ? x + width - textWidth(line, style) : x;
                    text(line, style, lineX, baseline);
                    baseline -= style.leading();
                }
            });
        }
    }

    private void row(PDStructureElement table, List<PdfTable.Cell> cells, List<PdfTable.Column> columns, float[] x,
                     boolean header, boolean artifact) {
        float height = rowHeight(cells, x);
        float top = y;
        layout(() -> {
            content.setLineWidth(BORDER);
            int column = 0;
            for (PdfTable.Cell cell : cells) {
                content.addRect(x[column], top - height, x[column + cell.span()] - x[column], height);
                column += cell.span();
            }
            content.stroke();
        });
        PDStructureElement tr = artifact ? null : element("TR", table);
        int column = 0;
        for (PdfTable.Cell cell : cells) {
            float cellLeft = x[column] + PADDING;
            float cellWidth = x[column + cell.span()] - x[column] - 2 * PADDING;
            PdfStyle style = header || cell.strong() ? PdfStyle.TABLE_HEAD : PdfStyle.TABLE;
            boolean right = columns.get(column).right() && cell.span() == 1;
            List<String> lines = wrap(cell.text(), style, cellWidth);
            if (artifact) {
                layout(() -> cellText(lines, style, cellLeft, cellWidth, right, top));
            } else {
                PDStructureElement element = element(header || cell.rowHeading() ? "TH" : "TD", tr);
                PDTableAttributeObject attributes = new PDTableAttributeObject();
                boolean described = false;
                if (header || cell.rowHeading()) {
                    attributes.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                    described = true;
                }
                if (cell.span() > 1) {
                    attributes.setColSpan(cell.span());
                    described = true;
                }
                if (described) {
                    element.addAttribute(attributes);
                }
                if (!cell.text().isBlank()) {
                    mark(element, () -> cellText(lines, style, cellLeft, cellWidth, right, top));
                }
            }
            column += cell.span();
        }
        y = top - height;
    }

    private void cellText(List<String> lines, PdfStyle style, float x, float width, boolean right, float top)
            throws IOException {
        float baseline = top - PADDING - style.size;
        for (String line : lines) {
            text(line, style, right ? x + width - textWidth(line, style) : x, baseline);
            baseline -= style.leading();
        }
    }

    private float rowHeight(List<PdfTable.Cell> cells, float[] x) {
        float height = 0;
        int column = 0;
        for (PdfTable.Cell cell : cells) {
            PdfStyle style = cell.strong() ? PdfStyle.TABLE_HEAD : PdfStyle.TABLE;
            float cellWidth = x[column + cell.span()] - x[column] - 2 * PADDING;
            height = Math.max(height, wrap(cell.text(), style, cellWidth).size() * style.leading());
            column += cell.span();
        }
        return height + 2 * PADDING;
    }

    private float blockHeight(PdfBlock block, float width) {
        float height = 0;
        for (PdfBlock.Line line : block.lines()) {
            height += line.rule() ? 29 : wrap(line.text(), line.style(), width).size() * line.style().leading();
        }
        return height;
    }

    private void ensureRoom(float height) {
        if (pages.isEmpty() || y - height < bottom()) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(size);
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            page.setStructParents(pages.size());
            document.addPage(page);
            pages.add(page);
            marked.add(new ArrayList<>());
            content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, true);
            y = size.getHeight() - margin;
            onNewPage.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float left() {
        return margin;
    }

    private float width() {
        return size.getWidth() - 2 * margin;
    }

    /** Above the footer's line. */
    private float bottom() {
        return margin + 14;
    }

    // --- tagging

    private static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    /** Content of a structure element: marked with the next MCID of the page, listed in the parent tree. */
    private void mark(PDStructureElement element, Drawing drawing) {
        PDPage page = pages.get(pages.size() - 1);
        List<PDStructureElement> parents = marked.get(marked.size() - 1);
        int mcid = parents.size();
        parents.add(element);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        try {
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            drawing.draw();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What only draws the layout (borders, the line to sign on, a repeated table header). */
    private void layout(Drawing drawing) {
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            drawing.draw();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void footers() throws IOException {
        // PDFBox writes a property list by name (the page's /Properties), which the standard allows as well as inline
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        properties.setName(COSName.SUBTYPE, "Footer");
        PDPropertyList pagination = PDPropertyList.create(properties);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i), AppendMode.APPEND, true)) {
                content = footer;
                String text = texts.get("pdf.page", i + 1, pages.size());
                footer.beginMarkedContent(COSName.ARTIFACT, pagination);
                text(text, PdfStyle.SMALL, (size.getWidth() - textWidth(text, PdfStyle.SMALL)) / 2, margin - 4);
                footer.endMarkedContent();
            }
        }
    }

    private void parentTree() {
        Map<Integer, PDParentTreeValue> numbers = new LinkedHashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            COSArray parents = new COSArray();
            marked.get(i).forEach(e -> parents.add(e.getCOSObject()));
            numbers.put(i, new PDParentTreeValue(parents));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(marked.size());
    }

    private void metadata() throws IOException {
        String language = texts.locale().getLanguage();
        document.setVersion(1.7f);
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setSubject(subject);
        information.setCreator("Samverka");
        information.setProducer("Samverka (Apache PDFBox)");
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(language).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private String xmp(String language) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (subject == null ? "" : "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject)
                        + "</rdf:li></rdf:Alt></dc:description>\n")
                + "   <dc:language><rdf:Bag><rdf:li>" + language + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <pdf:Producer>Samverka (Apache PDFBox)</pdf:Producer>\n"
                + "   <xmp:CreatorTool>Samverka</xmp:CreatorTool>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // --- text

    private void text(String text, PdfStyle style, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (style.bold) {
            // stroking the outline as well as filling it: bold from the one embedded face
            content.setLineWidth(style.size * 0.035f);
        }
        content.beginText();
        content.setFont(font, style.size);
        content.setRenderingMode(style.bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        content.setTextMatrix(style.italic ? new Matrix(1, 0, 0.2f, 1, x, baseline) : Matrix.getTranslateInstance(x, baseline));
        content.showText(text);
        content.endText();
    }

    private float textWidth(String text, PdfStyle style) {
        try {
            return font.getStringWidth(text) / 1000 * style.size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text's lines at the width: its own line breaks kept, words wrapped, an over-long word cut. */
    List<String> wrap(String text, PdfStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraphLine : drawableText(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraphLine.strip().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, style) <= width || line.isEmpty() && word.length() <= 1) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, style) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && textWidth(rest.substring(0, cut), style) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Line breaks as {@code \n}, tabs and control characters as spaces, what the font cannot draw as "?". */
    private String drawableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (Character.getType(c) == Character.SPACE_SEPARATOR && !drawable.computeIfAbsent(c, this::hasGlyph)) {
                out.append('\u00A0'); // a narrow no-break space in a figure: still no break
            } else {
                out.appendCodePoint(drawable.computeIfAbsent(c, this::hasGlyph) ? c : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] fontBytes() {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font " + FONT + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
