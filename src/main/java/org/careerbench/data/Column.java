package org.careerbench.data;

import java.util.List;
import java.util.Objects;

/**
 * One declared column of a dataset.
 *
 * @param name        header name in the project's schema
 * @param type        type its values must parse as
 * @param required    whether the column must be present and every value non-blank
 * @param allowed     the only values accepted (case-sensitive), or empty for any
 * @param unit        unit of the values, e.g. "per year", or empty
 * @param markers     whether publishers' markers ({@code *} not available, {@code #} top-coded) are
 *                    accepted in place of a number; see {@link ValueRules}
 * @param description one line for {@code schema} listings and the README
 */
public record Column(String name, ColumnType type, boolean required, List<String> allowed, String unit,
        boolean markers, String description) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowed = List.copyOf(allowed);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
    }

    /** A required column accepting any value of its type. */
    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, true, List.of(), "", false, description);
    }

    /** An optional column: the header may be absent and values may be blank. */
    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, List.of(), "", false, description);
    }

    /** This column accepting only {@code values}. */
    public Column allowing(String... values) {
        return new Column(name, type, required, List.of(values), unit, markers, description);
    }

    /** This column with its unit stated. */
    public Column in(String unitOfValues) {
        return new Column(name, type, required, allowed, unitOfValues, markers, description);
    }

    /** This column accepting publishers' markers in place of numbers. */
    public Column withMarkers() {
        return new Column(name, type, required, allowed, unit, true, description);
    }
}
