package org.careerbench.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TextRun;

/**
 * Writes blocks down one sheet, top to bottom, keeping a row cursor. Text blocks span the
 * first {@value #TEXT_COLUMNS} columns; tables start in column A.
 */
final class SheetWriter {
    static final int TEXT_COLUMNS = 8;
    private static final int CHARS_PER_LINE = 110;

    private final XSSFSheet sheet;
    private final CellStyles styles;
    private final ExcelTables tables;
    private final NativeCharts charts;
    private final List<ExcelTables.Written> written = new ArrayList<>();
    private int row;
    private boolean frozen;

    SheetWriter(XSSFSheet sheet, CellStyles styles, ExcelTables tables, NativeCharts charts) {
        this.sheet = sheet;
        this.styles = styles;
        this.tables = tables;
        this.charts = charts;
    }

    void title(String text) {
        cell(row++, 0, text, styles.title);
        row++;
    }

    void heading(String text) {
        cell(row++, 0, text, styles.heading);
    }

    void block(Block block) {
        if (block instanceof Block.Prose p) {
            paragraph(join(p.runs()));
        } else if (block instanceof Block.Bullets b) {
            for (List<TextRun> item : b.items()) {
                paragraph("• " + join(item));
            }
            row++;
        } else if (block instanceof Block.Note n) {
            cell(row++, 0, n.text(), styles.note);
        } else if (block instanceof Block.KeyFigures k) {
            keyFigures(k.figures());
        } else if (block instanceof TableBlock t) {
            table(t);
        } else {
            chart((ChartBlock) block);
        }
    }

    private void paragraph(String text) {
        cell(row, 0, text, styles.wrapped);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, TEXT_COLUMNS - 1));
        int lines = Math.max(1, (int) Math.ceil(text.length() / (double) CHARS_PER_LINE));
        sheet.getRow(row).setHeightInPoints(lines * 14f + 2);
        row++;
    }

    private void keyFigures(List<KeyFigure> figures) {
        int labelChars = figures.stream().mapToInt(f -> f.label().length()).max().orElse(10) + 2;
        sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), Math.min(labelChars, 60) * 256));
        sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 16 * 256));
        for (KeyFigure f : figures) {
            cell(row, 0, f.label(), styles.label);
            XSSFCell value = sheet.getRow(row).createCell(1);
            value.setCellStyle(styles.value(f.type(), f.currency(), true));
            if (f.value() instanceof Number n) {
                value.setCellValue(n.doubleValue());
            }
            cell(row, 2, f.value() == Suppressed.VALUE ? "not published — " + f.basis() : f.basis(), styles.note);
            row++;
        }
        row++;
    }

    private void table(TableBlock t) {
        if (!t.caption().isEmpty()) {
            cell(row++, 0, t.caption(), styles.label);
        }
        ExcelTables.Written w = tables.write(sheet, t, row, 0);
        written.add(w);
        if (!frozen && row < 12) {
            sheet.createFreezePane(0, w.headerRow() + 1);
            frozen = true;
        }
        row = w.lastRow() + 1;
        for (String note : t.footnotes()) {
            cell(row++, 0, note, styles.note);
        }
        row++;
    }

    private void chart(ChartBlock c) {
        ExcelTables.Written data = written.stream().filter(w -> w.sameContent(c.data())).findFirst().orElse(null);
        if (data == null) {
            table(c.data());
            data = written.get(written.size() - 1);
        }
        charts.draw(sheet, c, data);
    }

    /** Puts text into a cell, creating row and cell as needed. */
    private void cell(int r, int c, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFRow x = sheet.getRow(r);
        if (x == null) {
            x = sheet.createRow(r);
        }
        XSSFCell cell = x.createCell(c);
        Cells.setText(cell, text);
        cell.setCellStyle(style);
    }

    private static String join(List<TextRun> runs) {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
