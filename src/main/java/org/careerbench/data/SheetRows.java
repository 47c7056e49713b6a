package org.careerbench.data;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.diagnostics.Problem;

/**
 * A worksheet's rows parsed from its XML on a second thread ({@link SheetXml}), in batches, while the caller validates the previous ones. The first row
 * handed out is the header (empty when the sheet has no row there); then every row after it up
 * to the area's end that holds a value, each with the problems of its cells. Order is kept.
 */
final class SheetRows implements AutoCloseable {
    static final int BATCH = 1024;

    /**
     * One row of the sheet.
     *
     * @param row         the row as Excel numbers it
     * @param values      its cells from the header's first column, as text (null where empty)
     * @param problems    cells that could not be read (a formula without result, an error value, a stray value)
     * @param fingerprint a hash of its values, equal for equal rows
     * @param repeat      whether an earlier row had the same fingerprint
     */
    record Row(long row, String[] values, List<Problem> problems, long fingerprint, boolean repeat) {
        /** The values as a header's names, blanks as empty names. */
        List<String> fields() {
            List<String> names = new ArrayList<>();
            for (String v : values) {
                names.add(v == null ? "" : v);
            }
            return names;
        }
    }

    /** The sheet's XML could not be parsed. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Handoff<Row> handoff;

    SheetRows(InputStream sheetXml, SourceMapping.SheetArea area, CellText cells, Place place) {
        handoff = new Handoff<>("careerbench-xlsx", BATCH, sink -> new Parse(area, cells, place, sink)
                .run(new SheetXml(sheetXml)), e -> new Unreadable(String.valueOf(e.getMessage()), e));
    }

    /** One pass over the sheet's XML. */
    private static final class Parse {
        private final SourceMapping.SheetArea area;
        private final CellText cells;
        private final Place place;
        private final RecordScan scan = new RecordScan();
        private final FingerprintSet seen = new FingerprintSet();
        private final Handoff.Sink<Row> sink;
        private List<String> header;
        private int width;
        private long row;
        private String[] values;
        private List<Problem> problems;
        private boolean any;

        Parse(SourceMapping.SheetArea area, CellText cells, Place place, Handoff.Sink<Row> sink) {
            this.sink = sink;
            this.area = area;
            this.cells = cells;
            this.place = place;
        }

        void run(SheetXml x) throws java.io.IOException, InterruptedException {
            int column = 0;
            loop:
            while (true) {
                switch (x.next()) {
                    case END -> {
                        break loop;
                    }
                    case ROW -> {
                        row = x.row > 0 ? x.row : row + 1;
                        column = 0;
                        startRow();
                    }
                    case END_ROW -> {
                        if (!endRow()) {
                            break loop;
                        }
                    }
                    case CELL -> {
                        column = x.column > 0 ? x.column : column + 1;
                        cell(x, column);
                    }
                }
            }
            if (header == null) {
                header(new String[0]);
            }
        }

        private void startRow() {
            any = false;
            problems = List.of();
            values = header == null ? new String[64] : new String[width];
        }

        /** @return false once the rows past the area's end begin */
        private boolean endRow() throws InterruptedException {
            if (area.lastRow() > 0 && row > area.lastRow()) {
                return false;
            }
            if (row < area.headerRow()) {
                return true;
            }
            if (header == null) {
                if (row == area.headerRow()) {
                    header(values);
                    return true;
                }
                header(new String[0]);
                values = new String[0];
            }
            if (!any && problems.isEmpty()) {
                return true;
            }
            Fields record = Fields.of(values);
            scan.of(record);
            sink.add(new Row(row, values, problems, scan.fingerprint, !seen.add(scan.fingerprint)));
            return true;
        }

        private void header(String[] names) throws InterruptedException {
            int last = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i] != null && !names[i].isBlank()) {
                    last = i;
                }
            }
            String[] kept = java.util.Arrays.copyOf(names, last + 1);
            header = new Row(row, kept, List.of(), 0, false).fields();
            width = kept.length;
            sink.add(new Row(row, kept, List.of(), 0, false));
        }

        /** Stores the cell just scanned as text (or a problem) at {@code column}. */
        private void cell(SheetXml x, int column) {
            String type = x.type;
            int at = column - area.firstColumn();
            if (row < area.headerRow() || at < 0 || area.lastColumn() > 0 && column > area.lastColumn()) {
                return;
            }
            if (type.equals("s") && x.index() >= 0) {
                String shared = cells.shared(x.index());
                if (shared != null) {
                    store(at, shared);
                    return;
                }
            }
            int style = x.style;
            String value = x.value();
            boolean formula = x.formula;
            if (value == null) {
                if (formula) {
                    problem(at, "a formula with no stored result", "a value: open the workbook in Excel or "
                            + "LibreOffice and save it, so that every formula's result is stored");
                }
                return;
            }
            String text;
            if (type.equals("n")) {
                text = value.isEmpty() ? "" : cells.number(value, style);
            } else {
                switch (type) {
                    case "s" -> {
                        text = cells.shared(value);
                        if (text == null) {
                            problem(at, "shared string " + value.strip() + ", which the workbook lacks", "a "
                                    + "workbook saved whole by a spreadsheet program");
                            return;
                        }
                    }
                    case "b" -> text = CellText.bool(value);
                    case "e" -> {
                        problem(at, "the error value " + value.strip(), "a value (the cell's formula fails)");
                        return;
                    }
                    default -> text = value; // "str" (a formula's text), "inlineStr", "d" (an ISO date)
                }
            }
            store(at, text);
        }

        private void store(int at, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (header != null && at >= width) {
                if (!text.isBlank()) {
                    problem(at, "\"" + text + "\" in a column with no header", "values only under the header's "
                            + "columns");
                }
                return;
            }
            if (header == null && at >= values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(at + 1, values.length * 2));
            }
            values[at] = text;
            any |= !text.isBlank();
        }

        private void problem(int at, String found, String expected) {
            if (problems.isEmpty()) {
                problems = new ArrayList<>(2);
            }
            String field = header != null && at < header.size() ? header.get(at) : "";
            problems.add(place.problem(row, at + 1, field, found, expected));
        }
    }

    /** The 1-based column of a cell reference such as {@code C17}. */
    static int columnOf(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return c;
    }

    /**
     * The next row, or null after the last; the header first.
     *
     * @throws Unreadable when the sheet's XML cannot be parsed
     */
    Row next() {
        return handoff.next();
    }

    @Override
    public void close() {
        handoff.close();
    }
}
