package org.careerbench.render.xlsx;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;

/**
 * The data rows of a large table written as sheet XML directly, when the workbook is saved,
 * instead of cell by cell through the streaming sheet: for a table of observations that is
 * most of a big workbook's writing time. The cells are those {@link Cells} would write — the
 * same types, styles and cached values, text that looks like a formula quote-prefixed — in a
 * leaner form: texts in the workbook's shared-strings table (each distinct text added once),
 * whole numbers without a decimal point, cell references only where a reader cannot count them
 * (after an empty cell, right of column A, on a formula), a non-finite number as #NUM! (as POI
 * writes it), and each
 * live column as one shared formula (its text once, relative references to its row).
 */
final class LeanRows {
    private final TableBlock table;
    private final int firstRow;
    private final int firstCol;
    private final int from;
    private final int to;
    private final CellStyles styles;
    private final Formulas formulas;
    private final Formulas.Place place;
    /** Each column's cell style, made now: the styles part is written before the sheets' rows are. */
    private final String[] styleOf;
    private final String literal;

    /**
     * @param firstRow 0-based sheet row of the first row written ({@code table} row {@code from})
     * @param place    the table's place, which live values refer to
     */
    LeanRows(TableBlock table, int firstRow, int firstCol, int from, int to, CellStyles styles, Formulas formulas,
            Formulas.Place place) {
        this.table = table;
        this.firstRow = firstRow;
        this.firstCol = firstCol;
        this.from = from;
        this.to = to;
        this.styles = styles;
        this.formulas = formulas;
        this.place = place;
        List<TableColumn> columns = table.columns();
        this.styleOf = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            styleOf[c] = Integer.toString(styles.value(column.type(), column.currency(), false).getIndex());
        }
        this.literal = Integer.toString(styles.literal.getIndex());
    }

    /** The 0-based sheet row after the last one written. */
    int endRow() {
        return firstRow + (to - from);
    }

    int firstRow() {
        return firstRow;
    }

    /**
     * Writes the rows' XML ({@code <row>} elements) to {@code out}.
     *
     * @param strings the workbook's shared strings, with a cache of those already added
     * @param nextSharedIndex the first shared-formula index free on this sheet
     * @return the next shared-formula index free after these rows
     */
    int write(Writer out, SharedStrings strings, int nextSharedIndex) throws IOException {
        int n = table.columns().size();
        int[] shared = new int[n];
        java.util.Arrays.fill(shared, -1);
        int next = nextSharedIndex;
        StringBuilder line = new StringBuilder(512);
        for (int i = from; i < to; i++) {
            int sheetRow = firstRow + (i - from);
            List<Object> values = table.rows().get(i);
            line.setLength(0);
            line.append("<row r=\"").append(sheetRow + 1).append("\">");
            // A cell's reference is written where a reader could not count it (after an empty cell, or in a
            // table right of column A) and on every formula cell: readers place a shared formula by it.
            int expected = 0;
            for (int c = 0; c < n; c++) {
                Object v = values.get(c);
                if (v == null || v == Suppressed.VALUE) {
                    continue;
                }
                line.append("<c");
                if (firstCol + c != expected || v instanceof LiveValue) {
                    line.append(" r=\"").append(CellReference.convertNumToColString(firstCol + c)).append(sheetRow + 1)
                            .append('"');
                }
                expected = firstCol + c + 1;
                if (v instanceof LiveValue f) {
                    // A formula whose result is text (a member column's blank) stores it as such.
                    boolean text = f.cached() instanceof String;
                    line.append(" s=\"").append(styleOf[c]).append(text ? "\" t=\"str\"><f" : "\"><f");
                    if (shared[c] < 0) {
                        shared[c] = next++;
                        line.append(" t=\"shared\" ref=\"").append(ref(c, sheetRow)).append(':')
                                .append(ref(c, endRow() - 1)).append("\" si=\"").append(shared[c]).append("\">");
                        escape(line, formulas.sharedAt(f, place, sheetRow));
                        line.append("</f>");
                    } else {
                        line.append(" t=\"shared\" si=\"").append(shared[c]).append("\"/>");
                    }
                    if (f.cached() instanceof Number num && !Double.isNaN(num.doubleValue())) {
                        line.append("<v>");
                        number(line, num.doubleValue());
                        line.append("</v>");
                    } else if (text) {
                        line.append("<v>");
                        escape(line, (String) f.cached());
                        line.append("</v>");
                    }
                    line.append("</c>");
                } else if (v instanceof Number num && !Double.isFinite(num.doubleValue())) {
                    // As POI writes a non-finite number: the error a spreadsheet shows for one.
                    line.append(" s=\"").append(styleOf[c]).append("\" t=\"e\"><v>#NUM!</v></c>");
                } else if (v instanceof Number num) {
                    line.append(" s=\"").append(styleOf[c]).append("\"><v>");
                    number(line, num.doubleValue());
                    line.append("</v></c>");
                } else if (v instanceof LocalDate d) {
                    line.append(" s=\"").append(styleOf[c]).append("\"><v>");
                    number(line, org.apache.poi.ss.usermodel.DateUtil.getExcelDate(d));
                    line.append("</v></c>");
                } else {
                    String text = v.toString();
                    line.append(" s=\"").append(Cells.looksLikeFormula(text) ? literal : styleOf[c])
                            .append("\" t=\"s\"><v>").append(strings.index(text)).append("</v></c>");
                }
            }
            line.append("</row>\n");
            out.append(line);
        }
        return next;
    }

    private String ref(int column, int row) {
        return CellReference.convertNumToColString(firstCol + column) + (row + 1);
    }

    /** A whole number without ".0"; otherwise the shortest text that reads back as the same double. */
    static void number(StringBuilder out, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v);
        } else {
            out.append(Double.toString(v));
        }
    }

    /** XML text: markup characters escaped; control characters, which XML cannot hold, as '?' (as POI does). */
    static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#xa;");
                case '\r' -> out.append("&#xd;");
                case '\t' -> out.append("&#x9;");
                default -> out.append(ch < ' ' || ch == '\uFFFE' || ch == '\uFFFF' ? '?' : ch);
            }
        }
    }

    /**
     * Adds every text of these rows to the workbook's shared strings. Called before the workbook
     * is saved: the shared-strings part is written before the sheets' rows are.
     */
    void addStrings(SharedStrings strings) {
        int n = table.columns().size();
        boolean[] text = new boolean[n];
        for (int c = 0; c < n; c++) {
            text[c] = !table.columns().get(c).type().numeric();
        }
        for (int i = from; i < to; i++) {
            List<Object> values = table.rows().get(i);
            for (int c = 0; c < n; c++) {
                Object v = values.get(c);
                if (v != null && v != Suppressed.VALUE && !(v instanceof LiveValue) && !(v instanceof Number)
                        && !(v instanceof LocalDate)) {
                    if (!text[c]) {
                        throw new IllegalArgumentException("table '" + table.name() + "', row " + (i + 1) + ", column '"
                                + table.columns().get(c).header() + "': text '" + v + "' in a column of "
                                + table.columns().get(c).type().name().toLowerCase(java.util.Locale.ROOT) + " values");
                    }
                    strings.add(v.toString());
                }
            }
        }
    }

    /** The workbook's shared-strings table with a map in front, so that each distinct text is added once. */
    static final class SharedStrings {
        private final SharedStringsTable table;
        private final Map<String, Integer> index = new HashMap<>();

        SharedStrings(SharedStringsTable table) {
            this.table = table;
        }

        /** The index of {@code text}, which {@link #add} must have added before the workbook was saved. */
        int index(String text) {
            Integer i = index.get(text);
            if (i == null) {
                throw new IllegalStateException("a text not in the shared strings written: " + text);
            }
            return i;
        }

        void add(String text) {
            if (!index.containsKey(text)) {
                StringBuilder clean = new StringBuilder(text.length());
                for (int k = 0; k < text.length(); k++) {
                    char ch = text.charAt(k);
                    // XML 1.0 cannot hold other control characters; the streaming writer shows them as '?'.
                    clean.append(ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r' || ch == '\uFFFE' || ch == '\uFFFF'
                            ? '?' : ch);
                }
                index.put(text, table.addSharedStringItem(new XSSFRichTextString(clean.toString())));
            }
        }
    }
}
