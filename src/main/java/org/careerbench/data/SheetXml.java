package org.careerbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A pull scanner for the one XML vocabulary a worksheet's rows are written in
 * ({@code <row>}, {@code <c>}, {@code <v>}, {@code <f>}, {@code <is>}/{@code <t>}), reading the
 * sheet's bytes once and decoding only the text of values.
 *
 * <p>Why not a general XML parser: a million-row sheet is about 600 MB of XML, and the fastest
 * StAX parser measured here (Woodstox) alone took twice as long as reading the same rows from
 * CSV, validation included (docs/performance.md). This scanner covers what a sheet may hold —
 * namespace prefixes, either quote, self-closing elements, comments, processing instructions,
 * CDATA, the five named entities and numeric character references — and skips every other
 * element by its tags. A document type declaration (where entity tricks live) is refused, as is
 * anything malformed, with the byte offset. Tests compare it with Woodstox on hostile sheets.
 */
final class SheetXml {
    /** What {@link #next()} found. */
    enum Event { ROW, END_ROW, CELL, END }

    /** The cell types a sheet writes, each one string for every cell of its type. */
    private static final String[] CELL_TYPES = {"s", "n", "b", "e", "str", "inlineStr", "d"};
    /** The sheet's bytes, as XML. */
    private final XmlBytes xml;

    /** The row's number ({@code r}), or 0 when the row does not say. */
    long row;
    /** The cell's 1-based column from its reference ({@code r="C17"} gives 3), or 0 when it has none. */
    int column;
    /** The cell's type ({@code t}): "n" when absent. */
    String type;
    /** The cell's style index ({@code s}), 0 when absent. */
    int style;
    /** Whether the cell has a value ({@code <v>} or {@code <is>}). */
    boolean hasValue;
    /** Whether the cell has a formula ({@code <f>}). */
    boolean formula;
    private String inlineValue;
    private int valueLength;
    private byte[] valueBytes = new byte[64];

    SheetXml(InputStream in) {
        this.xml = new XmlBytes(in);
    }

    /**
     * Advances to the next row start, row end or whole cell.
     *
     * @throws IOException when the bytes cannot be read or are not well-formed sheet XML
     */
    Event next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            return Event.END_ROW;
        }
        while (true) {
            if (!xml.skipToTag()) {
                return Event.END;
            }
            int b = xml.read();
            if (b == '/') {
                xml.readName(xml.read());
                xml.skipTo('>');
                if (xml.is("row")) {
                    return Event.END_ROW;
                }
            } else if (b == '?') {
                xml.skipPast("?>");
            } else if (b == '!') {
                xml.markup();
            } else {
                xml.readName(b);
                if (xml.is("row")) {
                    row = 0;
                    attributes(true);
                    return xml.selfClosing ? emptyRow() : Event.ROW;
                } else if (xml.is("c")) {
                    cell();
                    return Event.CELL;
                } else {
                    attributes(false);
                }
            }
        }
    }

    /** A {@code <row/>} with no cells: its start now, its end at the next call. */
    private Event emptyRow() {
        pendingEnd = true;
        return Event.ROW;
    }

    private boolean pendingEnd;

    /**
     * The common cell, {@code <c r="C17" s="2" t="s"><v>42</v></c>} (or with no value), read
     * straight from the buffer when it lies whole in it and holds no entity, comment or child
     * other than {@code <v>}. Otherwise nothing is consumed and the general path reads it.
     */
    private boolean simpleCell() {
        byte[] buf = xml.buffer;
        int p = xml.pos;
        int l = xml.limit;
        int col = 0;
        int sty = 0;
        String typ = "n";
        while (true) {
            while (p < l && (buf[p] == ' ' || buf[p] == '\n' || buf[p] == '\r' || buf[p] == '\t')) {
                p++;
            }
            if (p >= l) {
                return false;
            }
            if (buf[p] == '>') {
                p++;
                break;
            }
            if (buf[p] == '/') {
                if (p + 1 < l && buf[p + 1] == '>') {
                    column = col;
                    style = sty;
                    type = typ;
                    xml.pos = p + 2;
                    return true;
                }
                return false;
            }
            byte attr = buf[p];
            if (p + 2 >= l || buf[p + 1] != '=' || buf[p + 2] != '"') {
                return false;
            }
            p += 3;
            int start = p;
            while (p < l && buf[p] != '"') {
                if (buf[p] == '&' || buf[p] == '<') {
                    return false;
                }
                p++;
            }
            if (p >= l) {
                return false;
            }
            if (attr == 'r') {
                for (int i = start; i < p; i++) {
                    int b = buf[i];
                    if (b >= 'A' && b <= 'Z') {
                        col = col * 26 + (b - 'A' + 1);
                    }
                }
            } else if (attr == 's') {
                for (int i = start; i < p; i++) {
                    int d = buf[i] - '0';
                    if (d < 0 || d > 9 || i - start > 8) {
                        return false;
                    }
                    sty = sty * 10 + d;
                }
            } else if (attr == 't') {
                int n = p - start;
                if (n == 1 && buf[start] == 's') {
                    typ = "s";
                } else if (n == 1 && buf[start] == 'n') {
                    typ = "n";
                } else {
                    return false;
                }
            } else {
                return false;
            }
            p++;
        }
        // "<v>text</v></c>" or "</c>"
        if (p + 4 > l) {
            return false;
        }
        if (buf[p] == '<' && buf[p + 1] == '/' && buf[p + 2] == 'c' && buf[p + 3] == '>') {
            column = col;
            style = sty;
            type = typ;
            xml.pos = p + 4;
            return true;
        }
        if (buf[p] != '<' || buf[p + 1] != 'v' || buf[p + 2] != '>') {
            return false;
        }
        p += 3;
        int start = p;
        while (p < l && buf[p] != '<') {
            if (buf[p] == '&') {
                return false;
            }
            p++;
        }
        if (p + 8 > l || buf[p + 1] != '/' || buf[p + 2] != 'v' || buf[p + 3] != '>' || buf[p + 4] != '<'
                || buf[p + 5] != '/' || buf[p + 6] != 'c' || buf[p + 7] != '>') {
            return false;
        }
        int n = p - start;
        if (n > valueBytes.length) {
            valueBytes = new byte[Math.max(n, valueBytes.length * 2)];
        }
        System.arraycopy(buf, start, valueBytes, 0, n);
        valueLength = n;
        hasValue = true;
        column = col;
        style = sty;
        type = typ;
        xml.pos = p + 8;
        return true;
    }

    /** The cell's value as text (decoded once asked for), or null when it has none. */
    String value() {
        if (!hasValue) {
            return null;
        }
        return inlineValue != null ? inlineValue : new String(valueBytes, 0, valueLength, StandardCharsets.UTF_8);
    }

    /** The cell's value as a whole number (a shared string's index), or -1 when it is not one. */
    int index() {
        if (!hasValue || inlineValue != null || valueLength == 0 || valueLength > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < valueLength; i++) {
            int d = valueBytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Reads one {@code <c>} from its attributes to its end tag. */
    private void cell() throws IOException {
        column = 0;
        type = "n";
        style = 0;
        hasValue = false;
        inlineValue = null;
        valueLength = 0;
        formula = false;
        if (simpleCell()) {
            return;
        }
        attributesOfCell();
        if (xml.selfClosing) {
            return;
        }
        StringBuilder inline = null;
        int phonetic = 0;
        boolean inlineString = false;
        while (true) {
            if (!xml.skipToTag()) {
                throw xml.malformed("the sheet ends inside a cell");
            }
            int b = xml.read();
            if (b == '/') {
                xml.readName(xml.read());
                xml.skipTo('>');
                if (xml.is("c")) {
                    break;
                }
                if (xml.is("rPh")) {
                    phonetic--;
                }
            } else if (b == '?') {
                xml.skipPast("?>");
            } else if (b == '!') {
                xml.markup();
            } else {
                xml.readName(b);
                // Which child this is, before its attributes' names overwrite the name read.
                boolean v = xml.is("v");
                boolean f = xml.is("f");
                boolean isElement = xml.is("is");
                boolean rPh = xml.is("rPh");
                boolean t = xml.is("t");
                attributes(false);
                if (xml.selfClosing) {
                    formula |= f;
                    hasValue |= v;
                    continue;
                }
                if (v) {
                    hasValue = true;
                    xml.textInto();
                    if (xml.textLength > valueBytes.length) {
                        valueBytes = new byte[Math.max(xml.textLength, valueBytes.length * 2)];
                    }
                    System.arraycopy(xml.text, 0, valueBytes, 0, xml.textLength);
                    valueLength = xml.textLength;
                } else if (f) {
                    formula = true;
                    xml.elementText();
                } else if (isElement) {
                    inlineString = true;
                    inline = new StringBuilder();
                } else if (rPh) {
                    phonetic++;
                } else if (t) {
                    String run = xml.elementText();
                    if (inline != null && phonetic == 0) {
                        inline.append(run);
                    }
                }
            }
        }
        if (inlineString) {
            hasValue = true;
            inlineValue = inline.toString();
        }
    }








    /** Skips (or, for a row, reads {@code r}) the attributes to the tag's end; notes a self-closing tag. */
    private void attributes(boolean rowTag) throws IOException {
        xml.selfClosing = false;
        for (int b = xml.skipSpace(); !xml.tagEnds(b); b = xml.skipSpace()) {
            xml.readName(b);
            boolean r = rowTag && xml.is("r");
            String v = xml.attributeValue();
            if (r) {
                row = xml.parseLong(v);
            }
        }
    }


    private void attributesOfCell() throws IOException {
        xml.selfClosing = false;
        for (int b = xml.skipSpace(); !xml.tagEnds(b); b = xml.skipSpace()) {
            xml.readName(b);
            char which = xml.nameLength == 1 ? (char) xml.name[0] : ' ';
            if (which == 'r') {
                column = columnOfReference();
                continue;
            }
            xml.attributeValueIntoText();
            if (which == 't') {
                type = xml.textAsOneOf(CELL_TYPES);
            } else if (which == 's') {
                style = (int) xml.digits();
            }
        }
    }


    /** A cell reference's column ({@code ="C17"} gives 3), read from the bytes without making a string. */
    private int columnOfReference() throws IOException {
        int quote = xml.openValue();
        int b;
        int c = 0;
        while (true) {
            b = xml.read();
            if (b < 0 || b == '<') {
                throw xml.malformed("an attribute value that is never closed");
            }
            if (b == quote) {
                return c;
            }
            if (b >= 'A' && b <= 'Z') {
                c = c * 26 + (b - 'A' + 1);
            } else if (b >= 'a' && b <= 'z') {
                c = c * 26 + (b - 'a' + 1);
            }
        }
    }














}
