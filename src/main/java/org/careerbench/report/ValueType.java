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
    DATE,
    /**
     * A change of money (or of a count, in a column without currency), always signed, with a real
     * minus sign: +$2,779, −$2,779, +15.
     */
    MONEY_CHANGE,
    /** A change as a share, always signed, one decimal: +1.4%, −0.9%. */
    PERCENT_CHANGE;

    /** True for every type whose values are numbers. */
    public boolean numeric() {
        return this != TEXT;
    }
}
