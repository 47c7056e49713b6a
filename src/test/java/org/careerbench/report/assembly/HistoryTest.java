package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.careerbench.ThemedTemplates;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History over published periods, tried as a user would: September 2026 published from a
 * thinner sample with salaries aged at 4% a year, October thinner still at 3%, November from the
 * full sample. November's History sheet holds each period's headline medians exactly as that
 * period's figures file does, drawn by a native line chart, with the method's change noted.
 */
class HistoryTest {
    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void publishThreePeriods() throws Exception {
        Path september = PeriodInputs.thinned(dir.resolve("in09"), 5);
        Path october = PeriodInputs.thinned(dir.resolve("in10"), 10);
        Path fourPercent = PeriodInputs.agedAt(dir.resolve("t09"), "0.04");
        output = dir.resolve("output");
        PeriodPublisher publisher = new PeriodPublisher(RunLog.SILENT,
                java.time.Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new RunOptions(september, fourPercent, output, YearMonth.of(2026, 9), "test"), false);
        publisher.publish(new RunOptions(october, Path.of("templates"), output, YearMonth.of(2026, 10), "test"), false);
        publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), output, YearMonth.of(2026, 11), "test"),
                false);
    }

    @Test
    void eachRowIsWhatItsPeriodPublished() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("2026-11/salary-benchmark.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFTable table = wb.getTable("History");
            XSSFSheet sheet = table.getXSSFSheet();
            assertEquals("History", sheet.getSheetName());
            List<String> headers = table.getColumns().stream().map(c -> c.getName()).toList();
            assertEquals(List.of("Period", "Median base salary, all levels and countries",
                    "Median base salary, Senior, US", "Median base salary, Mid-level, US"), headers);
            List<String> ids = List.of("all_p50", "senior_us_p50", "mid_us_p50");
            List<String> periods = new ArrayList<>();
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                String period = row.getCell(table.getStartColIndex()).getStringCellValue();
                periods.add(period);
                Map<String, Double> published = figures(period, "salary-benchmark.xlsx");
                for (int c = 0; c < ids.size(); c++) {
                    Cell cell = row.getCell(table.getStartColIndex() + 1 + c);
                    assertEquals(CellType.NUMERIC, cell.getCellType(), period + " " + ids.get(c));
                    assertEquals(published.get(ids.get(c)), cell.getNumericCellValue(), 1e-6, period + " " + ids.get(c));
                }
            }
            assertEquals(List.of("2026-09", "2026-10", "2026-11"), periods);
            assertTrue(figures("2026-09", "salary-benchmark.xlsx").get("all_p50")
                    > figures("2026-10", "salary-benchmark.xlsx").get("all_p50") + 1, "the periods differ");

            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            var line = charts.get(0).getCTChart().getPlotArea().getLineChartArray(0);
            assertEquals(3, line.sizeOfSerArray());
            String categories = line.getSerArray(0).getCat().getStrRef().getF();
            assertTrue(categories.contains("$A$") || categories.contains("$" + (char) ('A'
                    + table.getStartColIndex()) + "$"), categories);

            String notes = PeriodInputs.text(sheet);
            assertTrue(notes.contains("The method changed in October 2026: before, aging compound at 4% a year"),
                    notes);
            assertTrue(!notes.contains("The method changed in November 2026"), "November kept October's method");
        }
    }

    @Test
    void theCareerReportChartsItsMediansOverThePeriodsBeforeIt() throws Exception {
        String november = PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(november.contains("Median base salary over the last published periods"), november);
        assertTrue(november.contains("The last 3 published periods, September 2026 to November 2026"), november);
        // Issue 28: the chart's periods are months a reader knows, not the figures file's "2026-09".
        assertTrue(november.contains("Sep 2026") && november.contains("Oct 2026"), november);
        assertTrue(!november.contains("2026-09") && !november.contains("2026-10"), november);
        String october = PdfFacts.read(output.resolve("2026-10/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(october.contains("The last 2 published periods, September 2026 to October 2026"), october);
        String september = PdfFacts.read(output.resolve("2026-09/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(!september.contains("Median base salary over the last published periods"), "no line to draw");
        assertTrue(september.contains("This is the first published period (September 2026)"), september);
    }

    @Test
    void aFigureTheTemplateDoesNotDeclareIsRefusedAtItsLine() throws Exception {
        Path templates = ThemedTemplates.in(dir.resolve("typo"));
        Files.writeString(templates.resolve("h.md"), """
                ---
                title: History
                output: h
                ---

                # Pay

                ```figures
                - id: senior_p50
                  label: Median, Senior
                  filter: {level: Senior}
                - id: growth
                  label: Growth
                  source: market
                  statistic: cagr
                ```

                ```chart
                source: history
                figures: [senior_p5O]
                ```

                ```chart
                source: history
                figures: [senior_p50, growth]
                ```
                """);
        RunFailure f = assertThrows(RunFailure.class, () -> new RunJob(line -> { }).prepare(new RunOptions(
                Path.of("input"), templates, dir.resolve("none"), YearMonth.of(2026, 11), "test")));
        String message = f.getMessage();
        assertTrue(message.contains("h.md:20: history figure 'senior_p5O' is not a key figure of this template "
                + "(did you mean 'senior_p50'?)"), message);
        assertTrue(message.contains("h.md:25: a history chart draws figures of one kind on one axis"), message);
    }

    @Test
    void aFigureThatCouldNotBeComputedIsNotBlamedOnTheHistoryThatFollowsIt() throws Exception {
        Path templates = ThemedTemplates.in(dir.resolve("follow-on"));
        Files.writeString(templates.resolve("h.md"), """
                ---
                title: History
                output: h
                ---

                # Pay

                ```figures
                - id: senior_p50
                  label: Median, Senior
                  filter: {level: Senoir}
                ```

                ```chart
                source: history
                figures: [senior_p50]
                ```
                """);
        RunFailure f = assertThrows(RunFailure.class, () -> new RunJob(line -> { }).prepare(new RunOptions(
                Path.of("input"), templates, dir.resolve("none"), YearMonth.of(2026, 11), "test")));
        assertTrue(f.getMessage().contains("h.md:11: no row of"), f.getMessage());
        assertTrue(!f.getMessage().contains("history figure"), "one mistake, said once: " + f.getMessage());
    }

    /** A report's key figures of a period: id to value. */
    private static Map<String, Double> figures(String period, String report) throws Exception {
        Map<String, Double> figures = new HashMap<>();
        try (CSVParser p = CSVParser.builder().setPath(output.resolve(period).resolve("figures.csv"))
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : p) {
                if (r.get("report").equals(report) && r.get("keys").isEmpty() && !r.get("value").isEmpty()) {
                    figures.putIfAbsent(r.get("block"), Double.parseDouble(r.get("value")));
                }
            }
        }
        return figures;
    }
}
