package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes beside figures: October 2026 published from the sample thinned by a tenth with
 * salaries aged at 4% a year, November from the full sample at 3%. Every change the November
 * deliverables show equals what this test computes from the two periods' figures files, and the
 * change of method is said beside it.
 */
class ComparisonsTest {
    @TempDir
    static Path dir;
    static Path output;

    @BeforeAll
    static void publishTwoPeriods() throws Exception {
        Path october = PeriodInputs.thinned(dir.resolve("in10"), 10);
        Path fourPercent = PeriodInputs.agedAt(dir.resolve("t10"), "0.04");
        output = dir.resolve("output");
        PeriodPublisher publisher = new PeriodPublisher(RunLog.SILENT,
                java.time.Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new RunOptions(october, fourPercent, output, YearMonth.of(2026, 10), "test"), false);
        publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), output, YearMonth.of(2026, 11), "test"),
                false);
    }

    @Test
    void eachChangeColumnIsNovemberLessOctober() throws Exception {
        Map<String, Double> october = cells("2026-10");
        Map<String, Double> november = cells("2026-11");
        try (InputStream in = Files.newInputStream(output.resolve("2026-11/salary-benchmark.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFTable table = wb.getTable("Benchmark");
            XSSFSheet sheet = table.getXSSFSheet();
            List<String> headers = table.getColumns().stream().map(c -> c.getName()).toList();
            int change = headers.indexOf("P50 vs 2026-10");
            int share = headers.indexOf("P50 vs 2026-10, %");
            assertTrue(change > 0 && share == change + 1, headers.toString());
            int compared = 0;
            int blank = 0;
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                int c0 = table.getStartColIndex();
                String keys = row.getCell(c0).getStringCellValue() + " | " + row.getCell(c0 + 1).getStringCellValue();
                Double before = october.get(keys);
                Double now = november.get(keys);
                Cell amount = row.getCell(c0 + change);
                if (before == null || now == null) {
                    assertTrue(amount == null || amount.getCellType() == CellType.BLANK, keys + " is not compared");
                    blank++;
                    continue;
                }
                assertEquals(now - before, amount.getNumericCellValue(), 1e-6, keys);
                assertEquals((now - before) / before, row.getCell(c0 + share).getNumericCellValue(), 1e-9, keys);
                compared++;
            }
            assertTrue(compared >= 3 && blank >= 1, compared + " compared, " + blank + " withheld");
            String notes = PeriodInputs.text(sheet);
            assertTrue(notes.contains("The change columns compare each cell with the one October 2026's report "
                    + "published"), notes);
            assertTrue(notes.contains("The method changed since October 2026: then aging compound at 4% a year"),
                    notes);
        }
    }

    @Test
    void theKeyFigureSaysHowItMovedAndThatTheMethodDiffered() throws Exception {
        double before = keyFigure("2026-10", "senior_p50");
        double now = keyFigure("2026-11", "senior_p50");
        long amount = Math.round(now - before);
        // Signed both ways with a real minus sign (U+2212), the percent always with one decimal.
        String sign = amount > 0 ? "+" : "\u2212";
        String expected = sign + String.format(java.util.Locale.US, "$%,d", Math.abs(amount)) + " (" + sign
                + String.format(java.util.Locale.US, "%.1f", Math.abs(now - before) / before * 100) + "%) since October "
                + "2026, made by another method then";
        String text = PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(text.contains(expected), expected + " in " + text);
        String first = PdfFacts.read(output.resolve("2026-10/career-report.pdf")).text().replaceAll("\\s+", " ");
        assertTrue(!first.contains("since September"), "October has nothing to compare with");
    }

    @Test
    void theFirstPeriodSaysWhyItsChangeColumnsAreEmpty() throws Exception {
        try (InputStream in = Files.newInputStream(output.resolve("2026-10/salary-benchmark.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String notes = PeriodInputs.text(wb.getTable("Benchmark").getXSSFSheet());
            assertTrue(notes.contains("No earlier period is published, so the change columns are empty"), notes);
        }
    }

    private static double keyFigure(String period, String id) throws Exception {
        for (CSVRecord r : records(period)) {
            if (r.get("report").equals("career-report.pdf") && r.get("block").equals(id)) {
                return Double.parseDouble(r.get("value"));
            }
        }
        throw new AssertionError(id + " not in " + period);
    }

    /** The Benchmark table's published P50 cells of a period: keys to value. */
    private static Map<String, Double> cells(String period) throws Exception {
        Map<String, Double> cells = new HashMap<>();
        for (CSVRecord r : records(period)) {
            if (r.get("report").equals("salary-benchmark.xlsx") && r.get("block").equals("Benchmark")
                    && r.get("statistic").equals("p50") && !r.get("value").isEmpty()) {
                cells.put(r.get("keys"), Double.parseDouble(r.get("value")));
            }
        }
        return cells;
    }

    private static List<CSVRecord> records(String period) throws Exception {
        try (CSVParser p = CSVParser.builder().setPath(output.resolve(period).resolve("figures.csv"))
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }
}
