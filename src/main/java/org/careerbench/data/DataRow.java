package org.careerbench.data;

import java.util.Map;
import java.util.Objects;

/**
 * One validated CSV row: values already parsed to their column's type.
 * Blank optional values are absent from the map.
 *
 * @param file   file name, for messages
 * @param line   1-based line number of the row in its file
 * @param values column name to {@code String}, {@code Long}, {@code Double} or {@code Boolean}
 */
public record DataRow(String file, long line, Map<String, Object> values) {
    public DataRow {
        values = Map.copyOf(values);
    }

    /** The text of a column, or {@code ""} when blank or absent. */
    public String text(String column) {
        Object v = values.get(column);
        return v == null ? "" : v.toString();
    }

    /** A required numeric value. */
    public double number(String column) {
        return ((Number) Objects.requireNonNull(values.get(column), column)).doubleValue();
    }

    /** A numeric value, or {@code Double.NaN} when blank or absent. */
    public double numberOrNaN(String column) {
        Object v = values.get(column);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /** A required whole number. */
    public int integer(String column) {
        return ((Number) Objects.requireNonNull(values.get(column), column)).intValue();
    }

    /** A boolean value; blank reads as {@code false}. */
    public boolean flag(String column) {
        return Boolean.TRUE.equals(values.get(column));
    }
}
