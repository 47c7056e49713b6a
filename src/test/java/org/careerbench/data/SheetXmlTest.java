package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * The worksheet scanner against a general XML parser (Woodstox): on generated sheets written in
 * every way XML allows — prefixes, either quote, entities, character references, CDATA, comments,
 * inline and phonetic text, self-closing cells, a buffer boundary anywhere — both find the same
 * rows and cells.
 */
class SheetXmlTest {
    /** One cell as both parsers report it. */
    record Cell(long row, int column, String type, String value, boolean formula) {
    }

    private static List<Cell> scanned(byte[] xml) throws IOException {
        return scanned(new SlowStream(xml));
    }

    private static List<Cell> scanned(InputStream in) throws IOException {
        SheetXml x = new SheetXml(in);
        List<Cell> cells = new ArrayList<>();
        long row = 0;
        for (SheetXml.Event e = x.next(); e != SheetXml.Event.END; e = x.next()) {
            if (e == SheetXml.Event.ROW) {
                row = x.row;
            } else if (e == SheetXml.Event.CELL) {
                cells.add(new Cell(row, x.column, x.type, x.value(), x.formula));
            }
        }
        return cells;
    }

    /** The same with Woodstox. */
    private static List<Cell> parsed(byte[] xml) throws Exception {
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Cell> cells = new ArrayList<>();
        long row = 0;
        int column = 0;
        String type = "n";
        StringBuilder value = null;
        boolean formula = false;
        boolean inV = false;
        boolean inT = false;
        int phonetic = 0;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "row" -> row = Long.parseLong(x.getAttributeValue(null, "r"));
                    case "c" -> {
                        column = SheetRows.columnOf(x.getAttributeValue(null, "r"));
                        type = x.getAttributeValue(null, "t") == null ? "n" : x.getAttributeValue(null, "t");
                        value = null;
                        formula = false;
                    }
                    case "v" -> {
                        value = new StringBuilder();
                        inV = true;
                    }
                    case "f" -> formula = true;
                    case "is" -> value = new StringBuilder();
                    case "rPh" -> phonetic++;
                    case "t" -> inT = phonetic == 0;
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inV || inT) {
                    value.append(x.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                switch (x.getLocalName()) {
                    case "c" -> cells.add(new Cell(row, column, type, value == null ? null : value.toString(), formula));
                    case "v" -> inV = false;
                    case "t" -> inT = false;
                    case "rPh" -> phonetic--;
                    default -> {
                    }
                }
            }
        }
        return cells;
    }

    /** A stream that hands out a few bytes at a time, so that every token crosses a buffer boundary somewhere. */
    private static final class SlowStream extends InputStream {
        private final byte[] bytes;
        private int at;

        SlowStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 7), bytes.length - at);
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aZ09 <>&\"'\u00e9\u20ac\u4e2d\n\t;#x").ofMaxLength(12);
    }

    @Property(tries = 300)
    void findsTheSameCellsAsAGeneralXmlParser(@ForAll("sheets") String sheet) throws Exception {
        byte[] xml = sheet.getBytes(StandardCharsets.UTF_8);
        List<Cell> expected = parsed(xml);
        assertEquals(expected, scanned(xml), "a few bytes at a time: " + sheet);
        assertEquals(expected, scanned(new ByteArrayInputStream(xml)), "whole, through the quick path: " + sheet);
    }

    @Provide
    Arbitrary<String> sheets() {
        Arbitrary<String> cell = Combinators.combine(Arbitraries.integers().between(1, 30), texts(),
                Arbitraries.integers().between(0, 9), Arbitraries.of(true, false)).as((col, text, how, prefixed) -> {
                    String ref = letters(col) + "7";
                    String p = prefixed ? "x:" : "";
                    String q = how % 2 == 0 ? "\"" : "'";
                    return switch (how) {
                        case 0 -> "<" + p + "c r=" + q + ref + q + " t=\"s\"><" + p + "v>" + digits(text) + "</" + p
                                + "v></" + p + "c>";
                        case 1 -> "<" + p + "c r=" + q + ref + q + " t='inlineStr'><" + p + "is><" + p + "t>"
                                + escape(text) + "</" + p + "t><" + p + "rPh sb=\"0\" eb=\"1\"><" + p + "t>ruby</" + p
                                + "t></" + p + "rPh></" + p + "is></" + p + "c>";
                        case 2 -> "<" + p + "c r=" + q + ref + q + " s=\"3\"><" + p + "f>A1&amp;B1</" + p + "f><" + p
                                + "v>" + escape(text) + "</" + p + "v></" + p + "c>";
                        case 3 -> "<" + p + "c r=" + q + ref + q + " t=\"str\"><" + p + "v><![CDATA[" + text.replace(
                                "]]>", "") + "]]></" + p + "v></" + p + "c>";
                        case 4 -> "<" + p + "c r=" + q + ref + q + "/>";
                        case 5 -> "<" + p + "c r=" + q + ref + q + "><" + p + "f t=\"shared\" si=\"0\"/></" + p + "c>";
                        case 6 -> "<!-- a note: <c r=\"Z9\"> --><" + p + "c r=" + q + ref + q + "><" + p + "v>"
                                + numericReferences(text) + "</" + p + "v></" + p + "c>";
                        case 7 -> "<" + p + "c\n r=" + q + ref + q + "\tt=\"e\" ><" + p + "v>#N/A</" + p + "v></" + p + "c>";
                        default -> "<" + p + "c r=" + q + ref + q + " t=\"n\"><" + p + "v>" + digits(text) + ".5</" + p
                                + "v></" + p + "c>";
                    };
                });
        return cell.list().ofMaxSize(8).list().ofMaxSize(5).map(rows -> {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:dimension ref=\"A1:C3\"/>"
                    + "<x:sheetData>");
            int r = 1;
            for (List<String> cells : rows) {
                s.append("<x:row r=\"").append(r++).append("\" spans='1:3'>");
                cells.forEach(s::append);
                s.append("</x:row>");
            }
            s.append("<x:row r=\"").append(r).append("\"/></x:sheetData><x:mergeCells count=\"0\"/></x:worksheet>");
            return s.toString();
        });
    }

    private static String letters(int column) {
        return org.careerbench.diagnostics.Problem.columnLetters(column);
    }

    private static String digits(String text) {
        return String.valueOf(Math.abs(text.hashCode()) % 1000);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private static String numericReferences(String text) {
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(c -> s.append(c % 2 == 0 ? "&#" + c + ";" : "&#x" + Integer.toHexString(c) + ";"));
        return s.toString();
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&xxe;</v></c></row></sheetData>"
                + "</worksheet>").getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> scanned(xml));
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
    }

    @Test
    void anUnknownEntityOrATruncatedSheetIsMalformedAtItsByte() {
        IOException entity = assertThrows(IOException.class, () -> scanned(
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nbsp;</v></c></row>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(entity.getMessage().startsWith("malformed sheet XML at byte "), entity.getMessage());
        IOException cut = assertThrows(IOException.class, () -> scanned(
                "<sheetData><row r=\"1\"><c r=\"A1\"><v>12".getBytes(StandardCharsets.UTF_8)));
        assertTrue(cut.getMessage().contains("ends inside"), cut.getMessage());
    }
}
