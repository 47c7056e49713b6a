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

    /** The column with this header name, if declared. */
    public Optional<Column> column(String header) {
        return columns.stream().filter(c -> c.name().equals(header)).findFirst();
    }
}
