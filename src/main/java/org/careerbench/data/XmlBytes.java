package org.careerbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * XML as bytes, read once through a buffer: the lexing {@link SheetXml} builds on — tags and
 * their names (prefix dropped), attribute values in either quote, element text with the five
 * named entities, numeric character references and CDATA decoded into {@link #text} as UTF-8,
 * comments and processing instructions skipped, a document type declaration refused. Anything
 * malformed is an {@code IOException} with its byte offset. The buffer and its position are open
 * to the scanner in the same package, whose fast path reads the common cell straight from them.
 * Not shared between threads.
 */
final class XmlBytes {
    private final InputStream in;
    /** The bytes read and not yet consumed: {@code buffer[pos..limit)}. */
    final byte[] buffer = new byte[1 << 16];
    int pos;
    int limit;
    /** The offset in the document of {@code buffer[0]}. */
    private long offset;
    /** The text last decoded: {@code text[0..textLength)}, UTF-8. */
    byte[] text = new byte[256];
    int textLength;
    /** The name last read, prefix dropped: {@code name[0..nameLength)}. */
    final byte[] name = new byte[64];
    int nameLength;
    /** Whether the tag last read ended with {@code />}. */
    boolean selfClosing;

    XmlBytes(InputStream in) {
        this.in = in;
    }

    /** The text up to the element's end tag (which is consumed), entities and CDATA decoded. */
    String elementText() throws IOException {
        textInto();
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** Moves past the next '<'; false at the end of the bytes. */
    boolean skipToTag() throws IOException {
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
    void textInto() throws IOException {
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

    void cdata() throws IOException {
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
    void markup() throws IOException {
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
    void readName(int first) throws IOException {
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

    boolean is(String local) {
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

    /**
     * Whether {@code b}, the first byte after a tag's name or an attribute, ends the tag ({@code >},
     * or {@code />}, which sets {@link #selfClosing}).
     */
    boolean tagEnds(int b) throws IOException {
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

    /** Reads {@code =} and the opening quote of an attribute's value; returns the quote. */
    int openValue() throws IOException {
        if (skipSpace() != '=') {
            throw malformed("an attribute without '='");
        }
        int quote = skipSpace();
        if (quote != '"' && quote != '\'') {
            throw malformed("an attribute value without quotes");
        }
        return quote;
    }

    /** The text just read as a whole number. */
    long digits() throws IOException {
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
    String attributeValue() throws IOException {
        attributeValueIntoText();
        return new String(text, 0, textLength, StandardCharsets.UTF_8);
    }

    /** {@code ="…"} or {@code ='…'} into {@code text}, entities decoded. */
    void attributeValueIntoText() throws IOException {
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
    void entity() throws IOException {
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

    void append(int b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLength++] = (byte) b;
    }

    int skipSpace() throws IOException {
        int b = read();
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            b = read();
        }
        if (b < 0) {
            throw malformed("the sheet ends inside a tag");
        }
        return b;
    }

    void skipTo(int end) throws IOException {
        int b = read();
        while (b != end) {
            if (b < 0) {
                throw malformed("the sheet ends inside a tag");
            }
            b = read();
        }
    }

    void skipPast(String end) throws IOException {
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
    boolean expect(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            if (read() != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    long parseLong(String v) throws IOException {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw malformed("'" + v + "' where a number belongs");
        }
    }

    int read() throws IOException {
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

    void unread() {
        pos--;
    }

    IOException malformed(String what) {
        return new IOException("malformed sheet XML at byte " + (offset + pos) + ": " + what);
    }

    /** The text just read as the one of {@code known} it equals (no string made), else as a new string. */
    String textAsOneOf(String[] known) {
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
}
