package org.careerbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private byte[] text = new byte[256];
    private int textLength;
    private final byte[] name = new byte[64];
    private int nameLength;
    private boolean selfClosing;

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
        this.in = in;
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
            if (!skipToTag()) {
                return Event.END;
            }
            int b = read();
            if (b == '/') {
                readName(read());
                skipTo('>');
                if (is("row")) {
                    return Event.END_ROW;
                }
            } else if (b == '?') {
                skipPast("?>");
            } else if (b == '!') {
                markup();
            } else {
                readName(b);
                if (is("row")) {
                    row = 0;
                    attributes(true);
                    return selfClosing ? emptyRow() : Event.ROW;
                } else if (is("c")) {
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
        byte[] buf = buffer;
        int p = pos;
        int l = limit;
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
                    pos = p + 2;
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
            pos = p + 4;
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
        pos = p + 8;
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
        if (selfClosing) {
            return;
        }
        StringBuilder inline = null;
        int phonetic = 0;
        boolean inlineString = false;
        while (true) {
            if (!skipToTag()) {
                throw malformed("the sheet ends inside a cell");
            }
            int b = read();
            if (b == '/') {
                readName(read());
                skipTo('>');
                if (is("c")) {
                    break;
                }
                if (is("rPh")) {
                    phonetic--;
                }
            } else if (b == '?') {
                skipPast("?>");
            } else if (b == '!') {
                markup();
            } else {
                readName(b);
                // Which child this is, before its attributes' names overwrite the name read.
                boolean v = is("v");
                boolean f = is("f");
                boolean isElement = is("is");
                boolean rPh = is("rPh");
                boolean t = is("t");
                attributes(false);
                if (selfClosing) {
                    formula |= f;
                    hasValue |= v;
                    continue;
                }
                if (v) {
                    hasValue = true;
                    textInto();
                    if (textLength > valueBytes.length) {
                        valueBytes = new byte[Math.max(textLength, valueBytes.length * 2)];
                    }
                    System.arraycopy(text, 0, valueBytes, 0, textLength);
                    valueLength = textLength;
                } else if (f) {
                    formula = true;
                    elementText();
                } else if (isElement) {
                    inlineString = true;
                    inline = new StringBuilder();
                } else if (rPh) {
                    phonetic++;
                } else if (t) {
                    String run = elementText();
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

    /** The text up to the element's end tag (which is consumed), entities and CDATA decoded. */
    private String elementText() throws IOException {
        textInto();
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** Moves past the next '<'; false at the end of the bytes. */
    private boolean skipToTag() throws IOException {
        while (true) {
            byte[] buf = buffer;
            int p = pos;
            int l = limit;
            while (p < l) {
                if (buf[p++] == '<') {
                    pos = p;
                    return true;
                }
            }
            pos = p;
            if (read() < 0) {
                return false;
            }
            unread();
        }
    }

    /** The element's text into {@code text}, its end tag consumed. */
    private void textInto() throws IOException {
        textLength = 0;
        while (true) {
            // The common case: a run of plain bytes, copied at once.
            byte[] buf = buffer;
            int p = pos;
            int l = limit;
            int start = p;
            while (p < l && buf[p] != '<' && buf[p] != '&') {
                p++;
            }
            if (p > start) {
                int n = p - start;
                if (textLength + n > text.length) {
                    text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
                }
                System.arraycopy(buf, start, text, textLength, n);
                textLength += n;
                pos = p;
            }
            int b = read();
            if (b < 0) {
                throw malformed("the sheet ends inside an element's text");
            }
            if (b == '<') {
                int c = read();
                if (c == '!') {
                    if (!expect("[CDATA[")) {
                        skipPast("-->");
                        continue;
                    }
                    cdata();
                    continue;
                }
                if (c != '/') {
                    throw malformed("an element inside a value");
                }
                readName(read());
                skipTo('>');
                return;
            }
            if (b == '&') {
                entity();
            } else {
                append(b);
            }
        }
    }

    private void cdata() throws IOException {
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the sheet ends inside CDATA");
            }
            append(b);
            if (b == '>' && textLength >= 3 && text[textLength - 2] == ']' && text[textLength - 3] == ']') {
                textLength -= 3;
                return;
            }
        }
    }

    /** {@code <!...>}: a comment or CDATA outside values is skipped; a DOCTYPE is refused. */
    private void markup() throws IOException {
        int b = read();
        if (b == '-') {
            skipPast("-->");
        } else if (b == '[') {
            skipPast("]]>");
        } else {
            throw malformed("a document type declaration, which a worksheet never has");
        }
    }

    /** Reads an element's name (prefix dropped) starting with byte {@code first}. */
    private void readName(int first) throws IOException {
        nameLength = 0;
        int b = first;
        while (b > ' ' && b != '>' && b != '/' && b != '=') {
            if (b == ':') {
                nameLength = 0;
            } else if (nameLength < name.length) {
                name[nameLength++] = (byte) b;
            }
            b = read();
        }
        if (b < 0) {
            throw malformed("the sheet ends inside a tag");
        }
        unread();
    }

    private boolean is(String local) {
        if (local.length() != nameLength) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Skips (or, for a row, reads {@code r}) the attributes to the tag's end; notes a self-closing tag. */
    private void attributes(boolean rowTag) throws IOException {
        selfClosing = false;
        for (int b = skipSpace(); !tagEnds(b); b = skipSpace()) {
            readName(b);
            boolean r = rowTag && is("r");
            String v = attributeValue();
            if (r) {
                row = parseLong(v);
            }
        }
    }

    /**
     * Whether {@code b}, the first byte after a tag's name or an attribute, ends the tag ({@code >},
     * or {@code />}, which sets {@link #selfClosing}).
     */
    private boolean tagEnds(int b) throws IOException {
        if (b == '>') {
            return true;
        }
        if (b == '/') {
            if (read() != '>') {
                throw malformed("'/' not followed by '>'");
            }
            selfClosing = true;
            return true;
        }
        return false;
    }

    private void attributesOfCell() throws IOException {
        selfClosing = false;
        for (int b = skipSpace(); !tagEnds(b); b = skipSpace()) {
            readName(b);
            char which = nameLength == 1 ? (char) name[0] : ' ';
            if (which == 'r') {
                column = columnOfReference();
                continue;
            }
            attributeValueIntoText();
            if (which == 't') {
                type = typeOf();
            } else if (which == 's') {
                style = (int) digits();
            }
        }
    }

    /** Reads {@code =} and the opening quote of an attribute's value; returns the quote. */
    private int openValue() throws IOException {
        if (skipSpace() != '=') {
            throw malformed("an attribute without '='");
        }
        int quote = skipSpace();
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes");
        }
        return quote;
    }

    /** A cell reference's column ({@code ="C17"} gives 3), read from the bytes without making a string. */
    private int columnOfReference() throws IOException {
        int quote = openValue();
        int b;
        int c = 0;
        while (true) {
            b = read();
            if (b < 0 || b == '<') {
                throw malformed("an attribute value that is never closed");
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

    /** A cell type from the text just read, as one of a few shared strings (no string made a cell). */
    private String typeOf() {
        String[] known = {"s", "n", "b", "e", "str", "inlineStr", "d"};
        for (String k : known) {
            if (k.length() == textLength) {
                boolean same = true;
                for (int i = 0; i < textLength && same; i++) {
                    same = text[i] == k.charAt(i);
                }
                if (same) {
                    return k;
                }
            }
        }
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** The text just read as a whole number. */
    private long digits() throws IOException {
        long v = 0;
        for (int i = 0; i < textLength; i++) {
            int d = text[i] - '0';
            if (d < 0 || d > 9 || i > 17) {
                throw malformed("'" + new String(text, 0, textLength, StandardCharsets.UTF_8) + "' where a number "
                        + "belongs");
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** {@code ="…"} or {@code ='…'}, entities decoded. */
    private String attributeValue() throws IOException {
        attributeValueIntoText();
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** {@code ="…"} or {@code ='…'} into {@code text}, entities decoded. */
    private void attributeValueIntoText() throws IOException {
        int quote = openValue();
        int b;
        textLength = 0;
        while (true) {
            b = read();
            if (b < 0 || b == '<') {
                throw malformed("an attribute value that is never closed");
            }
            if (b == quote) {
                return;
            }
            if (b == '&') {
                entity();
            } else {
                append(b);
            }
        }
    }

    /** After '&': a named entity or character reference, appended as UTF-8. */
    private void entity() throws IOException {
        StringBuilder ref = new StringBuilder();
        int b = read();
        while (b != ';') {
            if (b < 0 || ref.length() > 10) {
                throw malformed("an '&' that starts no entity");
            }
            ref.append((char) b);
            b = read();
        }
        String e = ref.toString();
        int code = switch (e) {
            case "lt" -> '<';
            case "gt" -> '>';
            case "amp" -> '&';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> {
                try {
                    if (e.startsWith("#x") || e.startsWith("#X")) {
                        yield Integer.parseInt(e.substring(2), 16);
                    }
                    if (e.startsWith("#")) {
                        yield Integer.parseInt(e.substring(1));
                    }
                } catch (NumberFormatException bad) {
                    // reported below
                }
                throw malformed("the entity &" + e + "; (only &lt; &gt; &amp; &quot; &apos; and &#…; are XML's own)");
            }
        };
        if (!Character.isValidCodePoint(code)) {
            throw malformed("the character reference &" + e + ";");
        }
        for (byte u : new String(Character.toChars(code)).getBytes(StandardCharsets.UTF_8)) {
            append(u & 0xFF);
        }
    }

    private void append(int b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = (byte) b;
    }

    private int skipSpace() throws IOException {
        int b = read();
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            b = read();
        }
        if (b < 0) {
            throw malformed("the sheet ends inside a tag");
        }
        return b;
    }

    private void skipTo(int end) throws IOException {
        int b = read();
        while (b != end) {
            if (b < 0) {
                throw malformed("the sheet ends inside a tag");
            }
            b = read();
        }
    }

    private void skipPast(String end) throws IOException {
        int n = end.length();
        char[] last = new char[n];
        long seen = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the sheet ends before '" + end + "'");
            }
            last[(int) (seen++ % n)] = (char) b;
            if (seen >= n) {
                boolean match = true;
                for (int i = 0; i < n && match; i++) {
                    match = last[(int) ((seen + i) % n)] == end.charAt(i);
                }
                if (match) {
                    return;
                }
            }
        }
    }

    /** Whether the next bytes are {@code s}; if not, they are consumed up to the mismatch. */
    private boolean expect(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (read() != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private long parseLong(String v) throws IOException {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw malformed("'" + v + "' where a number belongs");
        }
    }

    private int read() throws IOException {
        if (pos == limit) {
            offset += limit;
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++] & 0xFF;
    }

    private void unread() {
        pos--;
    }

    private IOException malformed(String what) {
        return new IOException("malformed sheet XML at byte " + (offset + pos) + ": " + what);
    }
}
