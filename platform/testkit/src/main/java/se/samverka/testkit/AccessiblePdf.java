package se.samverka.testkit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine-checkable part of PDF/UA-1 (the Matterhorn protocol's failure conditions a program can decide)
 * for a portal document, read back with PDFBox: a module's test checks its PDF with {@link #check} and then
 * asserts its own structure with {@link #outline()} and {@link #pageTexts()}. No veraPDF is on the build's
 * machines; these are the checks of its PDF/UA profile that concern what the portal writes.
 */
public final class AccessiblePdf {

    /** A structure element: its type, the text of its own marked content and its children, in reading order. */
    public record Node(String type, String text, List<Node> children) {
        /** This element and everything below it, in reading order. */
        public List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            children.forEach(c -> all.addAll(c.flatten()));
            return all;
        }

        /** The text of this element and all below it, joined. */
        public String allText() {
            return flatten().stream().map(Node::text).filter(t -> !t.isBlank()).collect(Collectors.joining(" "));
        }

        @Override
        public String toString() {
            return type + (text.isBlank() ? "" : " " + text);
        }
    }

    private static final Set<String> TEXT_OPERATORS = Set.of("Tj", "TJ", "'", "\"");
    private static final Set<String> PAINT_OPERATORS = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI");
    private static final Set<String> STANDARD_TYPES = Set.of("Document", "Part", "Art", "Sect", "Div", "BlockQuote",
            "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L",
            "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
            "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula", "Form");

    private final String title;
    private final Node document;
    private final List<String> pageTexts;

    private AccessiblePdf(String title, Node document, List<String> pageTexts) {
        this.title = title;
        this.document = document;
        this.pageTexts = pageTexts;
    }

    /**
     * Checks the file as PDF/UA-1 and in the language, with this title shown, and returns what it holds: fails
     * with what is wrong otherwise.
     */
    public static AccessiblePdf check(byte[] pdf, String language, String title) {
        AccessiblePdf checked = check(pdf, language);
        assertThat(checked.title()).as("the title in the information").isEqualTo(title);
        return checked;
    }

    /** Checks the file as PDF/UA-1 and in the language, with a title (in {@link #title()}) shown. */
    public static AccessiblePdf check(byte[] pdf, String language) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo Marked").isTrue();
            assertThat(catalog.getMarkInfo().isSuspect()).as("MarkInfo Suspects").isFalse();
            assertThat(catalog.getLanguage()).as("the catalog's /Lang").isEqualTo(language);
            String title = document.getDocumentInformation().getTitle();
            assertThat(title).as("the title in the information").isNotBlank();
            assertThat(catalog.getViewerPreferences()).as("ViewerPreferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            assertThat(catalog.getMetadata()).as("the XMP metadata").isNotNull();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("XMP").contains("<pdfuaid:part>1</pdfuaid:part>").contains("<dc:title>")
                    .contains(">" + xml(title) + "</rdf:li>");

            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            assertThat(root).as("the structure tree").isNotNull();
            assertThat(root.getParentTree()).as("the structure's parent tree").isNotNull();
            Map<COSDictionary, Map<Integer, String>> texts = new HashMap<>();
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            int pageNumber = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                checkContentIsTaggedOrArtifact(page, pageNumber);
                checkFontsEmbedded(page.getResources(), pageNumber);
                texts.put(page.getCOSObject(), markedTexts(page));
                checkParentTree(root, page, texts.get(page.getCOSObject()).keySet(), pageNumber);
                stripper.setStartPage(pageNumber);
                stripper.setEndPage(pageNumber);
                pageTexts.add(stripper.getText(document));
            }
            List<Node> top = kids(root, null, texts);
            assertThat(top).as("the structure tree's root holds one Document").hasSize(1);
            Node tree = top.get(0);
            assertThat(tree.type()).isEqualTo("Document");
            checkStructure(tree);
            return new AccessiblePdf(title, tree, pageTexts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title in the document's information and XMP, which the viewer shows. */
    public String title() {
        return title;
    }

    /** The Document element's children, in reading order. */
    public List<Node> outline() {
        return document.children();
    }

    public Node document() {
        return document;
    }

    /** Each page's text as a reader extracts it, footer included. */
    public List<String> pageTexts() {
        return pageTexts;
    }

    /** Every Tj/TJ and every painted path or image sits in marked content with an MCID or in an Artifact. */
    private static void checkContentIsTaggedOrArtifact(PDPage page, int number) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<Boolean> covered = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = operator.getName();
            switch (name) {
                case "BMC" -> covered.push(isCovered(covered) || isArtifact(operands));
                case "BDC" -> covered.push(isCovered(covered) || isArtifact(operands) || hasMcid(operands, page));
                case "EMC" -> {
                    assertThat(covered).as("page %d: EMC without BMC/BDC", number).isNotEmpty();
                    covered.pop();
                }
                default -> {
                    if (TEXT_OPERATORS.contains(name) || PAINT_OPERATORS.contains(name)) {
                        assertThat(isCovered(covered)).as("page %d: %s outside tagged content and artifacts", number, name)
                                .isTrue();
                    }
                }
            }
            operands.clear();
        }
        assertThat(covered).as("page %d: marked content left open", number).isEmpty();
    }

    private static boolean isCovered(Deque<Boolean> covered) {
        return !covered.isEmpty() && covered.peek();
    }

    private static boolean isArtifact(List<COSBase> operands) {
        return !operands.isEmpty() && COSName.ARTIFACT.equals(operands.get(0));
    }

    private static boolean hasMcid(List<COSBase> operands, PDPage page) throws IOException {
        if (operands.size() < 2) {
            return false;
        }
        COSBase properties = operands.get(1);
        if (properties instanceof COSName name) {
            properties = page.getResources().getProperties(name) == null ? null
                    : page.getResources().getProperties(name).getCOSObject();
        }
        return properties instanceof COSDictionary dictionary && dictionary.containsKey(COSName.MCID);
    }

    private static void checkFontsEmbedded(PDResources resources, int number) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as("page %d: font %s is embedded", number, font.getName()).isTrue();
            assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE) || !(font instanceof PDType0Font))
                    .as("page %d: font %s maps its glyphs to Unicode", number, font.getName()).isTrue();
        }
    }

    private static Map<Integer, String> markedTexts(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> texts = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() >= 0) {
                texts.merge(content.getMCID(), text(content), (a, b) -> a + " " + b);
            }
        }
        return texts;
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        float lastY = Float.NaN;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                if (!Float.isNaN(lastY) && Math.abs(position.getY() - lastY) > 1) {
                    text.append(' ');
                }
                text.append(position.getUnicode());
                lastY = position.getY();
            } else if (item instanceof PDMarkedContent inner) {
                text.append(text(inner));
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** Each MCID on the page names, in the parent tree, the element whose content it is. */
    private static void checkParentTree(PDStructureTreeRoot root, PDPage page, Set<Integer> mcids, int number)
            throws IOException {
        if (mcids.isEmpty()) {
            return;
        }
        Object value = root.getParentTree().getValue(page.getStructParents());
        assertThat(value).as("page %d: its StructParents entry in the parent tree", number).isNotNull();
        COSBase base = ((org.apache.pdfbox.pdmodel.common.COSObjectable) value).getCOSObject();
        assertThat(base).as("page %d: the parent tree's value is an array", number).isInstanceOf(COSArray.class);
        COSArray parents = (COSArray) base;
        for (int mcid : mcids) {
            assertThat(mcid).as("page %d: MCID %d in the parent tree", number, mcid).isLessThan(parents.size());
            COSBase parent = parents.getObject(mcid);
            assertThat(parent).as("page %d: MCID %d's element", number, mcid).isInstanceOf(COSDictionary.class);
            PDStructureElement element = new PDStructureElement((COSDictionary) parent);
            boolean listed = element.getKids().stream().anyMatch(k -> k instanceof Integer i && i == mcid
                    || k instanceof PDMarkedContentReference r && r.getMCID() == mcid);
            assertThat(listed).as("page %d: MCID %d is among its element's (%s) kids", number, mcid,
                    element.getStructureType()).isTrue();
        }
    }

    private static List<Node> kids(PDStructureNode node, PDStructureElement owner,
                                   Map<COSDictionary, Map<Integer, String>> texts) {
        List<Node> nodes = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                nodes.add(new Node(element.getStructureType(), ownText(element, texts), kids(element, element, texts)));
            }
        }
        return nodes;
    }

    private static String ownText(PDStructureElement element, Map<COSDictionary, Map<Integer, String>> texts) {
        List<String> parts = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                parts.add(texts.getOrDefault(element.getPage().getCOSObject(), Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage page = reference.getPage() != null ? reference.getPage() : element.getPage();
                parts.add(texts.getOrDefault(page.getCOSObject(), Map.of()).getOrDefault(reference.getMCID(), ""));
            }
        }
        return String.join(" ", parts).strip();
    }

    /** Standard types only, headings that skip no level and start at H1, tables and lists built as they must be. */
    private static void checkStructure(Node document) {
        int level = 0;
        for (Node node : document.flatten()) {
            assertThat(STANDARD_TYPES).as("a standard structure type").contains(node.type());
            if (node.type().matches("H[1-6]")) {
                int next = node.type().charAt(1) - '0';
                assertThat(next).as("heading %s after H%d skips no level", node, level).isLessThanOrEqualTo(level + 1);
                level = next;
            }
            switch (node.type()) {
                case "Table" -> assertThat(node.children()).as("a table's rows").isNotEmpty()
                        .allSatisfy(r -> assertThat(r.type()).isIn("TR", "THead", "TBody", "TFoot"));
                case "TR" -> assertThat(node.children()).as("a row's cells").isNotEmpty()
                        .allSatisfy(c -> assertThat(c.type()).isIn("TH", "TD"));
                case "L" -> assertThat(node.children()).as("a list's items").isNotEmpty()
                        .allSatisfy(i -> assertThat(i.type()).isIn("LI", "Caption", "L"));
                case "LI" -> assertThat(node.children()).as("a list item's label and body").isNotEmpty()
                        .allSatisfy(i -> assertThat(i.type()).isIn("Lbl", "LBody"));
                default -> { }
            }
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
