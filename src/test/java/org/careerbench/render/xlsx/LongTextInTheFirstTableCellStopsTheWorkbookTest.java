package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 27, found writing CellStylesTest): the wrapped text style was made inside the
 * making of another style of the same cache, so a workbook whose first text cell was too long for
 * its column failed with a ConcurrentModificationException and no workbook was written.
 */
class LongTextInTheFirstTableCellStopsTheWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseFirstTextCellIsLongIsWrittenWithTheTextWrapped() throws Exception {
        String title = "Principal site reliability engineer for machine-learning platforms and model serving, EMEA";
        TableBlock t = new TableBlock("Titles", "", List.of(TableColumn.of("Title", ValueType.TEXT),
                TableColumn.of("n", ValueType.INTEGER)), List.of(List.of(title, 7)), List.of());
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Titles", 1, List.of(t)))).build();
        Path file = dir.resolve("t.xlsx");
        new XlsxReportRenderer().render(r, file);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            var table = wb.getSheet("Titles").getTables().get(0);
            var cell = wb.getSheet("Titles").getRow(table.getStartCellReference().getRow() + 1)
                    .getCell(table.getStartCellReference().getCol());
            assertEquals(title, cell.getStringCellValue());
            assertTrue(cell.getCellStyle().getWrapText());
        }
    }
}
