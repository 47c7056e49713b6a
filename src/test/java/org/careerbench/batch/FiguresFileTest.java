package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresFileTest {
    @TempDir
    static Path dir;
    static RunResult result;
    static List<CSVRecord> rows;

    @BeforeAll
    static void run() throws Exception {
        result = new RunJob(line -> { }).run(new RunOptions(Path.of("input"), Path.of("templates"), dir,
                YearMonth.of(2026, 11), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                Shard.ALL, 2));
        try (CSVParser p = CSVParser.builder().setPath(result.folder().resolve(FiguresFile.NAME))
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(FiguresFile.COLUMNS, p.getHeaderNames());
            rows = p.getRecords();
        }
    }

    @Test
    void aKeyFigureIsTheOneTheReportShows() throws Exception {
        CSVRecord senior = row("career-report.pdf", "senior_p50", "");
        assertEquals("p50", senior.get("statistic"));
        assertEquals("84", senior.get("n"));
        assertEquals("false", senior.get("withheld"));
        assertEquals("2026-11-01", senior.get("effective_date"));
        assertTrue(senior.get("method").startsWith("aging compound at 3% a year; suppression n>=5 central, n>=10"));
        long shown = Math.round(Double.parseDouble(senior.get("value")));
        String text = String.join("\n", PdfFacts.read(result.folder().resolve("career-report.pdf")).pageTexts());
        assertTrue(text.contains(String.format(java.util.Locale.US, "$%,d", shown)), "the PDF shows $" + shown);
        assertEquals(String.format(java.util.Locale.US, "$%,d", shown), senior.get("shown"));
        assertFalse(senior.get("label").isBlank());
        assertTrue(text.replaceAll("\\s+", " ").contains(senior.get("label")), "the PDF shows " + senior.get("label"));
    }

    @Test
    void everyCellOfTheBenchmarkTableIsThereWithheldCellsEmpty() throws Exception {
        try (InputStream in = Files.newInputStream(result.folder().resolve("salary-benchmark.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFTable table = wb.getTable("Benchmark");
            var sheet = table.getXSSFSheet();
            List<String> headers = table.getColumns().stream().map(c -> c.getName()).toList();
            int checked = 0;
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                String keys = row.getCell(table.getStartColIndex()).getStringCellValue() + " | "
                        + row.getCell(table.getStartColIndex() + 1).getStringCellValue();
                int p50 = headers.indexOf("P50");
                Cell cell = row.getCell(table.getStartColIndex() + p50);
                CSVRecord figure = row("salary-benchmark.xlsx", "Benchmark", keys, "p50");
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    assertEquals("true", figure.get("withheld"), keys);
                    assertEquals("", figure.get("value"), keys);
                } else {
                    assertEquals(cell.getNumericCellValue(), Double.parseDouble(figure.get("value")), 1e-6, keys);
                    assertEquals("false", figure.get("withheld"), keys);
                }
                checked++;
            }
            assertTrue(checked >= 5, "cells checked: " + checked);
        }
    }

    @Test
    void theManifestListsTheFileAndTheFolderVerifies() throws Exception {
        String manifest = Files.readString(result.folder().resolve("manifest.json"));
        assertTrue(manifest.contains("\"" + FiguresFile.NAME + "\""), manifest);
        assertEquals(List.of(), new ManifestVerifier().verify(result.folder()));
    }

    @Test
    void numbersArePlainDecimals() {
        assertEquals("156", FiguresFile.plain(156.0));
        assertEquals("0.085", FiguresFile.plain(0.085));
        assertEquals("10000000", FiguresFile.plain(1e7));
    }

    private static CSVRecord row(String report, String block, String keys) {
        return rows.stream().filter(r -> r.get("report").equals(report) && r.get("block").equals(block)
                && r.get("keys").equals(keys)).findFirst().orElseThrow(() -> new AssertionError(report + " " + block
                + " " + keys));
    }

    private static CSVRecord row(String report, String block, String keys, String statistic) {
        return rows.stream().filter(r -> r.get("report").equals(report) && r.get("block").equals(block)
                && r.get("keys").equals(keys) && r.get("statistic").equals(statistic)).findFirst()
                .orElseThrow(() -> new AssertionError(report + " " + block + " " + keys + " " + statistic));
    }
}
