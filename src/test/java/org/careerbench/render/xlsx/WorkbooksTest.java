package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Block;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TextRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets every workbook shares the making of: valid unique names, paper and print settings. */
class WorkbooksTest {
    @TempDir
    Path dir;

    @Test
    void aSheetNameIsValidAtMost31CharactersAndUniqueWithoutCase() {
        Set<String> taken = new HashSet<>();
        String first = Workbooks.sheetName("Pay: [by level]/region?", taken);
        assertFalse(first.matches(".*[\\[\\]:*?/\\\\].*"), first);
        String second = Workbooks.sheetName("PAY: [BY LEVEL]/REGION?", taken);
        assertTrue(second.endsWith(" 2"), second);
        String longName = Workbooks.sheetName("A very long section title that goes on and on", taken);
        assertTrue(longName.length() <= 31, longName);
        for (int i = 0; i < 12; i++) {
            assertTrue(Workbooks.sheetName("A very long section title that goes on and on", taken).length() <= 31);
        }
    }

    @Test
    void anApostropheIsNotPartOfASheetName() {
        String name = Workbooks.sheetName("Analyst's view", new HashSet<>());
        assertFalse(name.contains("'"), name);
        assertEquals("Analyst s view", name);
    }

    private XSSFWorkbook render(String pageSize, List<Section> sections) throws Exception {
        Path theme = Files.writeString(dir.resolve("theme.yaml"), "page:\n  size: " + pageSize + "\n");
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(theme)).sections(sections)
                .created(org.careerbench.Builds.CREATED).build();
        Path f = Files.createTempFile(dir, "t", ".xlsx");
        new XlsxReportRenderer().render(r, f);
        return new XSSFWorkbook(Files.newInputStream(f));
    }

    private static Section prose(String title) {
        return new Section(title, 1, List.<Block>of(new Block.Prose(List.of(TextRun.plain("Text of " + title)))));
    }

    @Test
    void sheetsAreOnTheThemesPaperLandscapeAndOnePageWide() throws Exception {
        try (XSSFWorkbook wb = render("Letter", List.of(prose("Pay")))) {
            XSSFSheet sheet = wb.getSheet("Pay");
            assertEquals(PrintSetup.LETTER_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertFalse(sheet.isDisplayGridlines());
        }
        try (XSSFWorkbook wb = render("A4", List.of(prose("Pay")))) {
            assertEquals(PrintSetup.A4_PAPERSIZE, wb.getSheet("Pay").getPrintSetup().getPaperSize());
        }
    }

    @Test
    void twoSectionsWithOneTitleGetTwoSheets() throws Exception {
        try (XSSFWorkbook wb = render("A4", List.of(prose("Pay"), prose("pay")))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertTrue(names.contains("Pay"), names.toString());
            assertTrue(names.contains("pay 2"), names.toString());
        }
    }
}
