package org.careerbench.report;

/** How a table column's or figure's values are typed and formatted. */
public enum ValueType {
    /** Text, left-aligned. */
    TEXT,
    /** Whole count, thousands separated. */
    INTEGER,
    /** A calendar year, shown without separators. */
    YEAR,
    /** Money in the column's currency, no decimals. */
    MONEY,
    /** A fraction shown as percent: 0.085 → 8.5%. */
    PERCENT,
    /** A plain number with up to two decimals. */
    DECIMAL,
    /** A calendar date ({@code java.time.LocalDate}). */
    DATE;

    /** True for every type whose values are numbers. */
    public boolean numeric() {
        return this != TEXT;
    }
}
