package org.careerbench.data;

import java.util.Objects;

/**
 * One declared column of a dataset.
 *
 * @param name        header name as it appears in the CSV
 * @param type        type its values must parse as
 * @param required    whether the header must be present and every value non-blank
 * @param description one line for {@code schema} listings and the README
 */
public record Column(String name, ColumnType type, boolean required, String description) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    /** A required column. */
    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, true, description);
    }

    /** An optional column: the header may be absent and values may be blank. */
    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, description);
    }
}
