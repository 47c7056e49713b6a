package org.careerbench.render.xlsx;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import org.careerbench.report.Formula;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueFormat;
import org.careerbench.report.ValueType;

/** Writes a table block as an Excel Table: header row, typed cells, autofilter, banded rows. */
final class ExcelTables {
    private static final int MAX_WIDTH_CHARS = 60;

    private final CellStyles styles;

    ExcelTables(CellStyles styles) {
        this.styles = styles;
    }

    /**
     * Where a table landed on its sheet (0-based rows and columns).
     *
     * @param block     the table written
     * @param headerRow row of the header
     * @param lastRow   last data row (equal to headerRow + 1 for an empty table, which keeps one blank row)
     * @param firstCol  first column
     */
    record Written(TableBlock block, int headerRow, int lastRow, int firstCol) {
        int firstDataRow() {
            return headerRow + 1;
        }

        boolean sameContent(TableBlock other) {
            return block.columns().equals(other.columns()) && block.rows().equals(other.rows());
        }
    }

    Written write(XSSFSheet sheet, TableBlock t, int headerRow, int firstCol) {
        XSSFRow header = row(sheet, headerRow);
        for (int c = 0; c < t.columns().size(); c++) {
            XSSFCell cell = header.createCell(firstCol + c);
            Cells.setText(cell, t.columns().get(c).header());
            cell.setCellStyle(t.columns().get(c).type().numeric() ? styles.numericHeader : styles.header);
        }
        int r = headerRow + 1;
        for (List<Object> values : t.rows()) {
            XSSFRow row = row(sheet, r++);
            for (int c = 0; c < values.size(); c++) {
                TableColumn column = t.columns().get(c);
                XSSFCell cell = row.createCell(firstCol + c);
                cell.setCellStyle(styles.value(column.type(), column.currency(), false));
                Object v = values.get(c);
                if (v instanceof Formula f) {
                    cell.setCellFormula(f.expression());
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof String s) {
                    Cells.setText(cell, s);
                }
                // null and Suppressed stay empty cells: never 0.
            }
        }
        int lastRow = Math.max(r - 1, headerRow + 1);
        row(sheet, lastRow);
        AreaReference area = new AreaReference(new CellReference(headerRow, firstCol),
                new CellReference(lastRow, firstCol + t.columns().size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(t.name());
        table.setDisplayName(t.name());
        for (int c = 0; c < t.columns().size(); c++) {
            table.getCTTable().getTableColumns().getTableColumnArray(c).setName(t.columns().get(c).header());
        }
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        table.setStyleName("TableStyleMedium2");
        XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        fitWidths(sheet, t, firstCol);
        return new Written(t, headerRow, lastRow, firstCol);
    }

    private static void fitWidths(XSSFSheet sheet, TableBlock t, int firstCol) {
        for (int c = 0; c < t.columns().size(); c++) {
            TableColumn column = t.columns().get(c);
            int chars = column.header().length() + 3; // room for the autofilter button
            for (List<Object> row : t.rows()) {
                chars = Math.max(chars, ValueFormat.format(row.get(c), column.type(), column.currency()).length() + 1);
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

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
