package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How blocks land on a sheet: tables, the charts drawn from them, notes, print settings. */
class SheetWriterTest {
    @TempDir
    Path dir;

    private static TableBlock levels(String p50Header) {
        return new TableBlock("Levels", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.of("n", ValueType.INTEGER), TableColumn.money(p50Header, "USD")),
                List.of(List.of("Entry", 8L, 100.0), List.of("Mid", 50L, 150.0)), List.of("Source: a survey."));
    }

    private static ChartBlock p50Chart() {
        TableBlock data = new TableBlock("LevelsData", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("P50", "USD")), List.of(List.of("Entry", 100.0), List.of("Mid", 150.0)), List.of());
        return new ChartBlock("Median", ChartType.LINE, data, 0, List.of(1), "Level", "USD", "Source: a survey.", "alt");
    }

    @Test
    void aChartOfATablesColumnsIsDrawnFromThatTable() {
        ChartBlock over = SheetWriter.over(p50Chart(), levels("P50")).orElseThrow();
        assertEquals("Levels", over.data().name());
        assertEquals(0, over.categoryColumn());
        assertEquals(List.of(2), over.seriesColumns(), "the P50 column of the table");
        assertTrue(SheetWriter.over(p50Chart(), levels("Median")).isEmpty(), "another heading: another figure");
        TableBlock other = new TableBlock("Levels", "", levels("P50").columns(), List.of(List.of("Entry", 8L, 100.0),
                List.of("Mid", 50L, 151.0)), List.of());
        assertTrue(SheetWriter.over(p50Chart(), other).isEmpty(), "other values");
    }

    @Test
    void oneTableOnTheSheetAndTheSourceSaidOnce() throws Exception {
        XSSFWorkbook wb = render(List.of(levels("P50"), p50Chart()));
        XSSFSheet sheet = wb.getSheet("Pay");
        assertEquals(1, sheet.getTables().size(), "the chart reads the table; no copy of its data");
        int sources = 0;
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals("Source: a survey.")) {
                sources++;
            }
        }
        assertEquals(1, sources, "the chart's source is the table's note");
        String chart = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().toString();
        assertTrue(chart.contains("Pay!$C$"), "the series reads the table's P50 column: " + chart);
        wb.close();
    }

    @Test
    void onlyALongTableRepeatsItsHeaderWhenPrinted() throws Exception {
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(List.of("row " + i, (long) i, 1.0 * i));
        }
        XSSFWorkbook small = render(List.of(levels("P50")));
        assertNull(small.getSheet("Pay").getRepeatingRows());
        XSSFWorkbook big = render(List.of(new TableBlock("Levels", "", levels("P50").columns(), many, List.of())));
        assertNotNull(big.getSheet("Pay").getRepeatingRows());
        small.close();
        big.close();
    }

    private XSSFWorkbook render(List<Block> blocks) throws Exception {
        Report r = Report.builder("T", OutputFormat.XLSX, "t.xlsx").field("f").period("2026-11")
                .theme(new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), "")))
                .sections(List.of(new Section("Pay", 1, blocks)))
                .created(org.careerbench.Builds.CREATED).build();
        Path f = Files.createTempFile(dir, "t", ".xlsx");
        new XlsxReportRenderer().render(r, f);
        return new XSSFWorkbook(Files.newInputStream(f));
    }
}
