package org.careerbench.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Block;
import org.careerbench.report.Report;
import org.careerbench.report.Section;

/**
 * Renders a report as an XLSX workbook.
 *
 * <p>Contract: each level-1 section becomes one sheet named after it (made valid and
 * unique: at most 31 characters, no {@code []:*?/\}); level-2 sections continue on their
 * parent's sheet under a heading. Writes a complete workbook to the target or throws.
 */
public final class XlsxReportRenderer {

    /** Writes {@code report} to {@code target}, replacing any file there. */
    public void render(Report report, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            render(report, out);
        }
    }

    /** Writes {@code report} as XLSX bytes to {@code out}; does not close it. */
    public void render(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.addToolPack(ExcelFunctions.TOOL_PACK);
            CellStyles styles = new CellStyles(workbook, report.theme());
            ExcelTables tables = new ExcelTables(styles);
            NativeCharts charts = new NativeCharts(report.theme());
            Set<String> names = new HashSet<>();
            SheetWriter sheet = null;
            for (Section s : report.sections()) {
                if (s.level() <= 1 || sheet == null) {
                    XSSFSheet x = workbook.createSheet(sheetName(s.title(), names));
                    x.setDisplayGridlines(false);
                    x.getPrintSetup().setLandscape(true);
                    x.getPrintSetup().setFitWidth((short) 1);
                    x.getPrintSetup().setFitHeight((short) 0);
                    x.setFitToPage(true);
                    sheet = new SheetWriter(x, styles, tables, charts);
                    sheet.title(s.title());
                } else {
                    sheet.heading(s.title());
                }
                for (Block b : s.blocks()) {
                    sheet.block(b);
                }
            }
            properties(workbook, report);
            // Cache every formula's value, so viewers that do not recalculate still show true numbers.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
    }

    private static void properties(XSSFWorkbook workbook, Report report) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(report.title());
        core.setSubjectProperty(report.field() + ", " + report.period());
        core.setCreator(report.theme().organisation());
        core.setKeywords(report.field() + ", salary benchmark, " + report.period());
        workbook.getProperties().getExtendedProperties().setCompany(report.theme().organisation());
    }

    static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title.replace('\'', ' ').strip());
        if (base.length() > 28) {
            base = base.substring(0, 28).strip();
        }
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
