package org.careerbench.report;

/**
 * A piece of inline text with uniform styling.
 *
 * @param link target URL, or empty for plain text
 */
public record TextRun(String text, boolean bold, boolean italic, String link) {
    /** Plain text. */
    public static TextRun plain(String text) {
        return new TextRun(text, false, false, "");
    }

    /** The same styling around other text. */
    public TextRun withText(String other) {
        return new TextRun(other, bold, italic, link);
    }
}
