package org.careerbench.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.careerbench.report.LiveValue;
import org.careerbench.report.LookupBlock;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;

/**
 * Writes a lookup onto a sheet: one drop-down cell per key column of its table (the choices
 * listed as cells to the right, so that no value needs escaping into a list), then each answer as
 * a formula over the table that matches every key exactly, cached with the first row's value;
 * "—" where the row withholds the figure.
 */
final class LookupWriter {
    private final Sheet sheet;
    private final SheetTools workbook;
    private final SheetSpace space;

    LookupWriter(Sheet sheet, SheetTools workbook, SheetSpace space) {
        this.sheet = sheet;
        this.workbook = workbook;
        this.space = space;
    }

    /**
     * Writes {@code l} from sheet row {@code row}, its choice lists from column {@code lists}.
     *
     * @return the first row below the lookup's cells
     */
    int write(LookupBlock l, int row, int lists) {
        TableBlock t = l.source();
        cell(row++, 0, l.caption(), workbook.styles().label);
        if (t.rows().isEmpty()) {
            return row;
        }
        int first = row;
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<String> keyCells = new ArrayList<>();
        List<Object> picked = t.rows().get(0);
        int widest = 10;
        for (int k = 0; k < l.keyColumns(); k++) {
            String header = t.columns().get(k).header();
            List<String> choices = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                String v = String.valueOf(r.get(k));
                if (!choices.contains(v)) {
                    choices.add(v);
                }
            }
            widest = Math.max(widest, choices.stream().mapToInt(String::length).max().orElse(10));
            cell(first + k, 0, header, workbook.styles().label);
            Cell chosen = rowAt(first + k).createCell(1);
            chosen.setCellStyle(workbook.styles().input(ValueType.TEXT, ""));
            Cells.setText(chosen, String.valueOf(picked.get(k)), workbook.styles());
            cell(first, lists + k, workbook.words().get("lookup.choices", header), workbook.styles().label);
            for (int i = 0; i < choices.size(); i++) {
                cell(first + 1 + i, lists + k, choices.get(i), workbook.styles().text);
            }
            String range = new CellReference(first + 1, lists + k, true, true).formatAsString() + ":"
                    + new CellReference(first + choices.size(), lists + k, true, true).formatAsString();
            DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(first + k, first + k, 1, 1));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
            keyCells.add(new CellReference(first + k, 1, true, true).formatAsString());
        }
        row = first + l.keyColumns() + 1;
        List<String> keyHeaders = t.columns().subList(0, l.keyColumns()).stream().map(TableColumn::header).toList();
        for (int a : l.answers()) {
            TableColumn column = t.columns().get(a);
            cell(row, 0, column.header(), workbook.styles().label);
            Cell answer = rowAt(row).createCell(1);
            answer.setCellStyle(workbook.styles().value(column.type(), column.currency(), false));
            answer.setCellFormula(Formulas.lookup(t.name(), keyHeaders, keyCells, column.header(),
                    Suppressed.VALUE.toString()));
            Object cached = picked.get(a) instanceof LiveValue live ? live.cached() : picked.get(a);
            if (cached instanceof Number n) {
                answer.setCellValue(n.doubleValue());
            } else {
                answer.setCellValue(Suppressed.VALUE.toString());
            }
            row++;
        }
        sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), Math.min(widest + 2, 60) * 256));
        sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), Math.min(60, Math.max(16, widest + 2)) * 256));
        space.take(new SheetSpace.Area(first, Math.max(row, first + 1 + t.rows().size()), 0,
                lists + l.keyColumns() - 1));
        return row;
    }

    private Row rowAt(int r) {
        Row x = sheet.getRow(r);
        return x != null ? x : sheet.createRow(r);
    }

    private void cell(int r, int c, String text, CellStyle style) {
        Cell cell = rowAt(r).createCell(c);
        cell.setCellStyle(style);
        Cells.setText(cell, text, workbook.styles());
    }
}
