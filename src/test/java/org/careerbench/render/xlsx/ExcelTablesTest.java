package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Block;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table block as an Excel Table: typed cells, named columns, its visual cues and withheld cells. */
class ExcelTablesTest {
    @TempDir
    Path dir;

    private static final TableBlock POSITIONS = new TableBlock("Positions", "Positioning", List.of(
            TableColumn.of("Employee", ValueType.TEXT), TableColumn.money("Base", "USD"),
            TableColumn.of("Compa-ratio", ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE),
            TableColumn.of("Demand", ValueType.DECIMAL).with(TableColumn.Visual.DATA_BAR),
            TableColumn.of("Count", ValueType.DECIMAL)),
            List.of(Arrays.asList("E1", 150_000.0, 0.95, 12.5, 1647.0),
                    Arrays.asList("E2", Suppressed.VALUE, 1.08, 3.0, 2.5)),
            List.of("Source: roster."));

    private XSSFWorkbook render(List<Block> blocks) throws Exception {
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Pay", 1, blocks))).created(org.careerbench.Builds.CREATED).build();
        Path f = Files.createTempFile(dir, "t", ".xlsx");
        new XlsxReportRenderer().render(r, f);
        return new XSSFWorkbook(Files.newInputStream(f));
    }

    private static XSSFTable table(XSSFSheet sheet, String name) {
        return sheet.getTables().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void theTableIsNamedWithItsHeadersAsColumnNamesAndStriped() throws Exception {
        try (XSSFWorkbook wb = render(List.of(POSITIONS))) {
            XSSFTable t = table(wb.getSheet("Pay"), "Positions");
            List<String> names = new ArrayList<>();
            t.getColumns().forEach(c -> names.add(c.getName()));
            assertEquals(List.of("Employee", "Base", "Compa-ratio", "Demand", "Count"), names);
            assertEquals("TableStyleMedium2", t.getCTTable().getTableStyleInfo().getName());
            assertTrue(t.getCTTable().getTableStyleInfo().getShowRowStripes());
            assertTrue(t.getCTTable().isSetAutoFilter());
            assertEquals(2, t.getEndCellReference().getRow() - t.getStartCellReference().getRow());
        }
    }

    @Test
    void cellsAreTypedAndAWithheldCellIsEmpty() throws Exception {
        try (XSSFWorkbook wb = render(List.of(POSITIONS))) {
            XSSFSheet sheet = wb.getSheet("Pay");
            XSSFTable t = table(sheet, "Positions");
            int header = t.getStartCellReference().getRow();
            int col = t.getStartCellReference().getCol();
            var first = sheet.getRow(header + 1);
            assertEquals(CellType.STRING, first.getCell(col).getCellType());
            assertEquals(150_000.0, first.getCell(col + 1).getNumericCellValue());
            assertEquals(0.95, first.getCell(col + 2).getNumericCellValue());
            assertTrue(first.getCell(col + 2).getCellStyle().getDataFormatString().contains("%"));
            var second = sheet.getRow(header + 2);
            var withheld = second.getCell(col + 1);
            assertTrue(withheld == null || withheld.getCellType() == CellType.BLANK
                    || withheld.getCellType() == CellType.STRING && !withheld.getStringCellValue().matches(".*\\d.*"),
                    "a withheld figure is no number: " + withheld);
        }
    }

    @Test
    void aWholeNumberInADecimalColumnShowsWithoutDecimals() throws Exception {
        try (XSSFWorkbook wb = render(List.of(POSITIONS))) {
            XSSFSheet sheet = wb.getSheet("Pay");
            XSSFTable t = table(sheet, "Positions");
            int header = t.getStartCellReference().getRow();
            int col = t.getStartCellReference().getCol() + 4;
            String whole = sheet.getRow(header + 1).getCell(col).getCellStyle().getDataFormatString();
            String fraction = sheet.getRow(header + 2).getCell(col).getCellStyle().getDataFormatString();
            assertTrue(!whole.contains(".") && fraction.contains("."), whole + " / " + fraction);
        }
    }

    @Test
    void aColourScaleADataBarAndGreyWithheldCellsAreConditionalFormats() throws Exception {
        try (XSSFWorkbook wb = render(List.of(POSITIONS))) {
            var formats = wb.getSheet("Pay").getSheetConditionalFormatting();
            List<String> kinds = new ArrayList<>();
            for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
                ConditionalFormatting f = formats.getConditionalFormattingAt(i);
                for (int k = 0; k < f.getNumberOfRules(); k++) {
                    var rule = f.getRule(k);
                    kinds.add(rule.getColorScaleFormatting() != null ? "scale"
                            : rule.getDataBarFormatting() != null ? "bar" : "formula:" + rule.getFormula1());
                }
            }
            assertTrue(kinds.contains("scale"), kinds.toString());
            assertTrue(kinds.contains("bar"), kinds.toString());
            assertTrue(kinds.stream().anyMatch(k -> k.startsWith("formula:LEN(")), kinds.toString());
        }
    }

    @Test
    void aTableWithoutRowsStillHasABodyRow() throws Exception {
        TableBlock empty = new TableBlock("Nothing", "", POSITIONS.columns(), List.of(), List.of());
        try (XSSFWorkbook wb = render(List.of(empty))) {
            XSSFTable t = table(wb.getSheet("Pay"), "Nothing");
            assertEquals(1, t.getEndCellReference().getRow() - t.getStartCellReference().getRow(),
                    "an Excel Table needs a row under its header");
        }
    }

    @Test
    void moneyColumnsAreWideEnoughForTheirFigures() throws Exception {
        try (XSSFWorkbook wb = render(List.of(POSITIONS))) {
            XSSFSheet sheet = wb.getSheet("Pay");
            int col = table(sheet, "Positions").getStartCellReference().getCol() + 1;
            assertTrue(sheet.getColumnWidth(col) >= 11 * 256, "width " + sheet.getColumnWidth(col));
        }
    }
}
