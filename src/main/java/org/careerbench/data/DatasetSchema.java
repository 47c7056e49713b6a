package org.careerbench.data;

import java.util.List;
import java.util.Optional;

/**
 * The declared shape of one CSV dataset: its file name and columns.
 *
 * @param name     dataset name used by templates (e.g. {@code salaries})
 * @param fileName file expected in the input folder (e.g. {@code salaries.csv})
 * @param columns  declared columns; extra columns in a file are ignored
 */
public record DatasetSchema(String name, String fileName, List<Column> columns) {
    public DatasetSchema {
        columns = List.copyOf(columns);
    }

    /**
     * The position of {@code column} in {@link #columns()}.
     *
     * @throws IllegalArgumentException when the schema has no such column
     */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("dataset " + name + " has no column " + column);
    }

    /** The column with this header name, if declared. */
    public Optional<Column> column(String header) {
        return columns.stream().filter(c -> c.name().equals(header)).findFirst();
    }
}
