package org.careerbench.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.careerbench.report.TableBlock;
import org.careerbench.report.Theme;
import org.careerbench.report.Words;

/**
 * What every sheet writer of one workbook shares: styles, table and chart writers, and the
 * factory of sheets (names valid and unique; landscape, fit to width, no gridlines).
 */
final class Workbooks {
    private final LeanWorkbook workbook;
    private final CellStyles styles;
    private final ExcelTables tables;
    private final NativeCharts charts;
    private final Formulas formulas;
    private final Set<String> names = new HashSet<>();
    private final int lastRow;
    private final Words words;
    private final short paper;

    Workbooks(LeanWorkbook workbook, Theme theme, int lastRow, Words words) {
        this.workbook = workbook;
        this.paper = "Letter".equalsIgnoreCase(theme.pageSize()) ? org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE
                : org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE;
        this.words = words;
        this.lastRow = lastRow;
        this.styles = new CellStyles(workbook.getXSSFWorkbook(), theme, words.format());
        this.formulas = new Formulas();
        this.tables = new ExcelTables(styles, formulas, workbook);
        this.charts = new NativeCharts(theme, words);
    }

    /** The last row index a sheet may use. */
    int lastRow() {
        return lastRow;
    }

    CellStyles styles() {
        return styles;
    }

    ExcelTables tables() {
        return tables;
    }

    NativeCharts charts() {
        return charts;
    }

    /** A new sheet for a section titled {@code title}. */
    SheetWriter sheet(String title) {
        String name = sheetName(title, names);
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.setDisplayGridlines(false);
        // On the theme's paper, as the PDF is: POI's default is Letter.
        sheet.getPrintSetup().setPaperSize(paper);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        return new SheetWriter(sheet, workbook.getXSSFWorkbook().getSheet(name),
                new SheetTools(styles, tables, charts, formulas, lastRow, this::continueTable, words));
    }

    /** Continues {@code t} from row {@code from} on a new sheet named after {@code previousSheet}. */
    void continueTable(String previousSheet, TableBlock t, int from) {
        SheetWriter next = sheet(previousSheet.replaceFirst(" \\(cont\\.\\)( \\d+)?$", "") + " (cont.)");
        next.continuation(t, from, t.name() + "_" + (from + 1));
    }

    /** A valid, unique sheet name: at most 31 characters, none of []:*?/\ and no apostrophe. */
    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replace('\'', ' ').strip());
        if (base.length() > 27) {
            base = base.substring(0, 27).strip();
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
