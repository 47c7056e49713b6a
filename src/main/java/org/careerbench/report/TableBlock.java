package org.careerbench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table with typed columns.
 *
 * <p>Each cell is a {@code String} (TEXT), a {@code Number} (numeric types), {@code null}
 * (no value), {@link Suppressed#VALUE} or a {@link Formula} (workbooks only). Rows are
 * immutable lists.
 *
 * @param name      identifier, unique in a report: becomes the Excel Table name
 * @param caption   title shown above the table, may be empty
 * @param columns   the columns
 * @param rows      the rows, each as long as {@code columns}
 * @param footnotes notes printed under the table
 */
public record TableBlock(String name, String caption, List<TableColumn> columns, List<List<Object>> rows,
        List<String> footnotes) implements Block {
    public TableBlock {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": row of " + row.size() + " cells, expected "
                        + columns.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        footnotes = List.copyOf(footnotes);
    }

    /** The index of the column headed {@code header}, or -1. */
    public int columnIndex(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        return -1;
    }
}
