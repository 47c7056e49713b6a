package org.careerbench.render.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;

/**
 * Writes a table block as an Excel Table: header row, typed cells, autofilter, banded rows,
 * conditional formats for the columns' visual cues and for withheld cells. Rows are written in
 * order through the streaming sheet; the Table itself is declared on the sheet's XSSF part.
 */
final class ExcelTables {
    /** Last row index a sheet has (1,048,576 rows). */
    static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int WIDTH_SAMPLE = 500;

    private final CellStyles styles;
    private final Formulas formulas;
    private final LeanWorkbook workbook;

    ExcelTables(CellStyles styles, Formulas formulas, LeanWorkbook workbook) {
        this.styles = styles;
        this.formulas = formulas;
        this.workbook = workbook;
    }

    /**
     * Where a table landed on its sheet (0-based rows and columns).
     *
     * @param block     the table written
     * @param headerRow row of the header
     * @param lastRow   last data row (headerRow + 1 for an empty table, which keeps one blank row)
     * @param firstCol  first column
     * @param from      index of the first block row written here
     * @param to        index after the last block row written here
     */
    record Written(TableBlock block, int headerRow, int lastRow, int firstCol, int from, int to) {
        int firstDataRow() {
            return headerRow + 1;
        }

        boolean sameContent(TableBlock other) {
            if (!block.columns().equals(other.columns()) || block.rows().size() != other.rows().size()) {
                return false;
            }
            return block.rows() == other.rows() || !block.large() && block.rows().equals(other.rows());
        }
    }

    /** Writes rows {@code from} (inclusive) to {@code to} (exclusive) of {@code t}, header first. */
    Written write(Sheet sheet, XSSFSheet xssf, TableBlock t, String tableName, int headerRow, int firstCol, int from,
            int to) {
        List<String> headers = Headers.unique(t.columns().stream().map(TableColumn::header).toList());
        Formulas.Place place = new Formulas.Place(tableName, t.columns().stream().map(TableColumn::header).toList(),
                headerRow + 1, firstCol);
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < t.columns().size(); c++) {
            Cell cell = header.createCell(firstCol + c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(t.columns().get(c).type().numeric() ? styles.numericHeader : styles.header);
        }
        int r = headerRow + 1;
        boolean suppressed = false;
        if (t.large() && sheet instanceof org.apache.poi.xssf.streaming.SXSSFSheet streamed) {
            // A large table's rows go straight into the sheet's XML when the workbook is saved.
            workbook.add(streamed, new LeanRows(t, r, firstCol, from, to, styles, formulas, place));
            r += to - from;
        }
        for (int i = t.large() ? to : from; i < to; i++) {


            List<Object> values = t.rows().get(i);
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < values.size(); c++) {
                TableColumn column = t.columns().get(c);
                Object v = values.get(c);
                suppressed |= v == Suppressed.VALUE;
                if (column.type() == ValueType.TEXT && v instanceof String text && text.length() > MAX_WIDTH_CHARS - 2
                        && !Cells.looksLikeFormula(text)) {
                    // Longer than a column may grow: wrapped, and the row as tall as its lines (no reader fits it).
                    Cells.set(row.createCell(firstCol + c), v, styles.wrappedValue(), styles, formulas, place);
                    lines = Math.max(lines, (int) Math.ceil(text.length() / (double) (MAX_WIDTH_CHARS - 2)));
                    continue;
                }
                // A whole number in a column of decimals (a count among market values) shows as the PDF shows
                // it: 1,647, not 1,647.00.
                ValueType type = column.type() == ValueType.DECIMAL && v instanceof Number n
                        && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15
                        ? ValueType.INTEGER : column.type();
                Cells.set(row.createCell(firstCol + c), v, styles.value(type, column.currency(), false), styles,
                        formulas, place);
            }
            if (lines > 1) {
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
        }
        int lastRow = Math.max(r - 1, headerRow + 1);
        if (r == headerRow + 1) {
            sheet.createRow(lastRow);
        }
        AreaReference area = new AreaReference(new CellReference(headerRow, firstCol),
                new CellReference(lastRow, firstCol + t.columns().size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = xssf.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);
        for (int c = 0; c < t.columns().size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(headers.get(c));
        }
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        // Declared in the table part directly: POI's getStyle() would first parse every built-in table
        // style (a third of a small workbook's writing time, measured with JFR).
        var info = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
                : table.getCTTable().addNewTableStyleInfo();
        info.setName("TableStyleMedium2");
        info.setShowRowStripes(true);
        info.setShowColumnStripes(false);
        info.setShowFirstColumn(false);
        info.setShowLastColumn(false);

        fitWidths(sheet, t, firstCol, from, to);
        Written w = new Written(t, headerRow, lastRow, firstCol, from, to);
        conditionalFormats(sheet, w, suppressed);
        return w;
    }

    private void conditionalFormats(Sheet sheet, Written w, boolean suppressed) {
        if (w.to() == w.from()) {
            return;
        }
        SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        List<TableColumn> columns = w.block().columns();
        for (int c = 0; c < columns.size(); c++) {
            CellRangeAddress range = new CellRangeAddress(w.firstDataRow(), w.lastRow(), w.firstCol() + c,
                    w.firstCol() + c);
            switch (columns.get(c).visual()) {
                case COLOR_SCALE -> formats.addConditionalFormatting(new CellRangeAddress[] {range}, colorScale(formats));
                case DATA_BAR -> {
                    ConditionalFormattingRule bars = ((XSSFSheetConditionalFormatting) formats)
                            .createConditionalFormattingRule(new XSSFColor(new java.awt.Color(0x6F9BD1), null));
                    formats.addConditionalFormatting(new CellRangeAddress[] {range}, bars);
                }
                default -> {
                }
            }
            if (suppressed && columns.get(c).type().numeric()) {
                // Withheld cells are empty; grey them so no one reads them as missing work.
                String first = new CellReference(w.firstDataRow(), w.firstCol() + c, false, false).formatAsString();
                ConditionalFormattingRule blank = formats.createConditionalFormattingRule("LEN(" + first + ")=0");
                PatternFormatting fill = blank.createPatternFormatting();
                fill.setFillBackgroundColor(new XSSFColor(new java.awt.Color(0xE7E9EE), null));
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                formats.addConditionalFormatting(new CellRangeAddress[] {range}, blank);
            }
        }
    }

    /** Compa-ratio colours: warm below 90%, white at 100%, cool above 110%. */
    private static ConditionalFormattingRule colorScale(SheetConditionalFormatting formats) {
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) formats
                .createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
        scale.getThresholds()[0].setValue(0.9);
        scale.getThresholds()[1].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
        scale.getThresholds()[1].setValue(1.0);
        scale.getThresholds()[2].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
        scale.getThresholds()[2].setValue(1.1);
        ExtendedColor[] colors = {new XSSFColor(new java.awt.Color(0xF4B183), null),
            new XSSFColor(java.awt.Color.WHITE, null), new XSSFColor(new java.awt.Color(0x9DC3E6), null)};
        scale.setColors(colors);
        return rule;
    }

    private void fitWidths(Sheet sheet, TableBlock t, int firstCol, int from, int to) {
        for (int c = 0; c < t.columns().size(); c++) {
            TableColumn column = t.columns().get(c);
            int chars = column.header().length() + 3; // room for the autofilter button
            for (int i = from; i < Math.min(to, from + WIDTH_SAMPLE); i++) {
                Object v = t.rows().get(i).get(c);
                chars = Math.max(chars, styles.format().format(v, column.type(), column.currency()).length() + 2);
            }
            if (column.type() == ValueType.MONEY) {
                chars = Math.max(chars, 11);
            }
            int width = Math.min(chars, MAX_WIDTH_CHARS) * 256 + 512;
            if (width > sheet.getColumnWidth(firstCol + c)) {
                sheet.setColumnWidth(firstCol + c, width);
            }
        }
    }
}
