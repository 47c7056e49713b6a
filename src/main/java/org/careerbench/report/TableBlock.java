package org.careerbench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table with typed columns.
 *
 * <p>Each cell is a {@code String} (TEXT), a {@code Number} (numeric types), a
 * {@code java.time.LocalDate} (DATE), {@code null} (no value), {@link Suppressed#VALUE} or a
 * {@link LiveValue}. Rows are immutable lists. A table of many rows (the observations) may hold
 * {@link RowView} rows, made one at a time when a renderer asks, so that a million rows are
 * never held in memory together.
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
        if (!(rows instanceof RowView)) {
            List<List<Object>> copy = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table " + name + ": row of " + row.size() + " cells, expected "
                            + columns.size());
                }
                copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copy);
        }
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

    /** True when this table's rows are made on demand rather than held. */
    public boolean large() {
        return rows instanceof RowView;
    }

    /**
     * Rows made on demand from a source list, one row per source element. Immutable as long as
     * the source is.
     *
     * @param <T> the source element type
     */
    public static final class RowView<T> extends java.util.AbstractList<List<Object>> {
        private final List<T> source;
        private final java.util.function.Function<T, List<Object>> row;

        public RowView(List<T> source, java.util.function.Function<T, List<Object>> row) {
            this.source = source;
            this.row = row;
        }

        @Override
        public List<Object> get(int index) {
            return row.apply(source.get(index));
        }

        @Override
        public int size() {
            return source.size();
        }
    }
}
