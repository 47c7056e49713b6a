package org.careerbench.data;

import java.util.Objects;

/**
 * One validated CSV row: values already parsed to their column's type, in the order of the
 * schema's columns. Blank optional values are null.
 *
 * <p>The arrays are owned by the row: the reader hands them over and never touches them
 * again, and accessors never expose them.
 */
public final class DataRow {
    private final String file;
    private final long line;
    private final DatasetSchema schema;
    private final Object[] values;
    private final Marker[] markers;
    private final long fingerprint;
    private final boolean repeat;

    /**
     * @param values      per schema column: {@code String}, {@code Long}, {@code Double}, {@code Boolean} or null
     * @param markers     per schema column: the publisher's marker of a numeric cell, or null
     * @param fingerprint 64-bit hash of every field of the source row, to find exact duplicates
     * @param repeat      whether an earlier row of the file had the same fingerprint (an exact duplicate)
     */
    DataRow(String file, long line, DatasetSchema schema, Object[] values, Marker[] markers, long fingerprint,
            boolean repeat) {
        this.file = file;
        this.line = line;
        this.schema = schema;
        this.values = values;
        this.markers = markers;
        this.fingerprint = fingerprint;
        this.repeat = repeat;
    }

    /** Whether this row repeats an earlier row of its file in every field. */
    public boolean repeat() {
        return repeat;
    }

    /** File name, for messages. */
    public String file() {
        return file;
    }

    /** 1-based line number of the row in its file. */
    public long line() {
        return line;
    }

    /** 64-bit hash of the source row's fields. */
    public long fingerprint() {
        return fingerprint;
    }

    private Object value(String column) {
        return values[schema.indexOf(column)];
    }

    /** The text of a column, or {@code ""} when blank or absent. */
    public String text(String column) {
        Object v = value(column);
        return v == null ? "" : v.toString();
    }

    /** A required numeric value. */
    public double number(String column) {
        return ((Number) Objects.requireNonNull(value(column), column)).doubleValue();
    }

    /** A numeric value, or {@code Double.NaN} when blank, absent or marked not available. */
    public double numberOrNaN(String column) {
        Object v = value(column);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    /** A required whole number. */
    public int integer(String column) {
        return ((Number) Objects.requireNonNull(value(column), column)).intValue();
    }

    /** A boolean value; blank reads as {@code false}. */
    public boolean flag(String column) {
        return Boolean.TRUE.equals(value(column));
    }

    /** The marker of a numeric cell, {@link Marker#NONE} when it had none. */
    public Marker marker(String column) {
        Marker m = markers[schema.indexOf(column)];
        return m == null ? Marker.NONE : m;
    }
}
