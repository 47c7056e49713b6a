package org.careerbench.data;

import java.util.Map;
import java.util.Objects;

/**
 * One validated CSV row: values already parsed to their column's type.
 * Blank optional values are absent from the map.
 *
 * @param file        file name, for messages
 * @param line        1-based line number of the row in its file
 * @param values      column name to {@code String}, {@code Long}, {@code Double} or {@code Boolean}
 * @param markers     column name to the publisher's marker, for numeric cells that carried one
 * @param fingerprint 64-bit hash of every field of the source row, to find exact duplicates
 */
public record DataRow(String file, long line, Map<String, Object> values, Map<String, Marker> markers,
        long fingerprint) {
    public DataRow {
        values = Map.copyOf(values);
        markers = Map.copyOf(markers);
    }

    /** A row without markers or fingerprint, e.g. for tests. */
    public DataRow(String file, long line, Map<String, Object> values) {
        this(file, line, values, Map.of(), 0);
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

    /** A numeric value, or {@code Double.NaN} when blank, absent or marked not available. */
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

    /** The marker of a numeric cell, {@link Marker#NONE} when it had none. */
    public Marker marker(String column) {
        return markers.getOrDefault(column, Marker.NONE);
    }
}
