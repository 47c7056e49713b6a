package org.careerbench.report;

/**
 * A typed table column.
 *
 * @param header   column heading
 * @param type     value type
 * @param currency ISO 4217 code for {@link ValueType#MONEY} columns, empty otherwise
 * @param visual   a visual cue a renderer may add where it helps the eye
 */
public record TableColumn(String header, ValueType type, String currency, Visual visual) {
    /** Visual cues for a column's values. */
    public enum Visual {
        /** None. */
        NONE,
        /** A colour scale centred on 100% (compa-ratios): below is warm, above is cool. */
        COLOR_SCALE,
        /** Data bars proportional to the value (e.g. demand indexes). */
        DATA_BAR
    }

    /** A column without a visual cue. */
    public TableColumn(String header, ValueType type, String currency) {
        this(header, type, currency, Visual.NONE);
    }

    /** A column of a non-money type. */
    public static TableColumn of(String header, ValueType type) {
        return new TableColumn(header, type, "");
    }

    /** A money column in {@code currency}. */
    public static TableColumn money(String header, String currency) {
        return new TableColumn(header, ValueType.MONEY, currency);
    }

    /** This column with a visual cue. */
    public TableColumn with(Visual cue) {
        return new TableColumn(header, type, currency, cue);
    }
}
