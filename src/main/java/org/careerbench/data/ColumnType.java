package org.careerbench.data;

/** The type a CSV column's text must parse as. */
public enum ColumnType {
    /** Any text; blank is "missing". */
    TEXT("text"),
    /** A whole number such as {@code 2024}. */
    INTEGER("a whole number"),
    /** A decimal number such as {@code 151853.5}; no thousands separators. */
    DECIMAL("a number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false");

    private final String expectation;

    ColumnType(String expectation) {
        this.expectation = expectation;
    }

    /** What a valid value looks like, in words for an error message. */
    public String expectation() {
        return expectation;
    }
}
