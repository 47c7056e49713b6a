package org.careerbench.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Block;
import org.careerbench.report.Report;
import org.careerbench.report.Section;

/**
 * Renders a report as an XLSX workbook, streaming rows to disk so that a table of a million
 * observations needs little memory.
 *
 * <p>Contract: each level-1 section becomes one sheet named after it (valid and unique);
 * level-2 sections continue on their parent's sheet under a heading. Every formula cell is
 * written with the value CareerBench computed for it as its cached result, so the file shows
 * true numbers before any recalculation. Writes a complete workbook to the target or throws.
 */
public final class XlsxReportRenderer implements org.careerbench.report.Renderer {
    /** Rows kept in memory per sheet while writing; earlier rows are flushed to a temporary file. */
    static final int WINDOW = 200;

    private final int lastRow;

    /** A renderer for Excel's sheet size: 1,048,576 rows. */
    public XlsxReportRenderer() {
        this(ExcelTables.LAST_ROW);
    }

    /** A renderer whose sheets end at row index {@code lastRow}; smaller than Excel's only to test continuation sheets. */
    XlsxReportRenderer(int lastRow) {
        this.lastRow = lastRow;
    }

    @Override
    public void render(Report report, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            render(report, out);
        }
    }

    /** Writes {@code report} as XLSX bytes to {@code out}; does not close it. */
    public void render(Report report, OutputStream out) throws IOException {
        LeanWorkbook workbook = new LeanWorkbook(new XSSFWorkbook(NormalStyle.FACTORY), WINDOW, true);

        try {
            Workbooks sheets = new Workbooks(workbook, report.theme(), lastRow, report.words());
            SheetWriter sheet = null;
            for (Section s : report.sections()) {
                if (s.level() <= 1 || sheet == null) {
                    sheet = sheets.sheet(s.title());
                    sheet.title(s.title());
                } else {
                    sheet.heading(s.title());
                }
                for (Block b : s.blocks()) {
                    sheet.block(b);
                }
            }
            properties(workbook.getXSSFWorkbook(), report);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void properties(XSSFWorkbook workbook, Report report) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setTitle(report.title());
        core.setCreated(java.util.Optional.of(java.util.Date.from(report.created())));
        core.setSubjectProperty(report.field() + ", " + report.period());
        core.setCreator(report.theme().organisation());
        core.setKeywords(report.field() + ", " + report.words().get("keywords") + ", " + report.period());
        workbook.getProperties().getExtendedProperties().setCompany(report.theme().organisation());
    }
}
