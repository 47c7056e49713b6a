package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.PdfFacts;
import org.careerbench.SampleSalaries;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user runs it: sample data in, deliverables read back and checked. */
class RunCommandTest {
    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    private static double seniorUsP50() throws Exception {
        // Default aging: compound at 3% a year from 1 July of the year paid to 1 November 2026.
        return SampleSalaries.percentile(SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1),
                0.03, "role_family", "SRE & ML Infrastructure", "level", "Senior", "country", "US"), 0.5);
    }

    @Test
    void runPublishesAReportAndWorkbookHoldingTheSameIndependentlyComputedFigure() throws Exception {
        Path output = dir.resolve("output");
        assertEquals(ExitCodes.OK, run("run", "--period", "2026-11", "--output", output.toString()), err.toString());
        assertTrue(out.toString().contains("Published " + output.resolve("2026-11")), out.toString());
        assertTrue(out.toString().contains("career-report.pdf"));

        double p50 = seniorUsP50();
        PdfFacts pdf = PdfFacts.read(output.resolve("2026-11/career-report.pdf"));
        for (String title : List.of("At a glance", "The role", "Career path", "Salary benchmarks by level",
                "Published ranges and observed pay", "Market outlook", "Skills in demand", "Methodology")) {
            assertTrue(pdf.text().contains(title), title);
        }
        assertTrue(pdf.text().contains(Words.english().format().format(p50, ValueType.MONEY, "USD")), "P50 " + p50 + " in PDF");
        assertTrue(pdf.text().contains("November 2026"));

        try (InputStream in = Files.newInputStream(output.resolve("2026-11/salary-benchmark.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Cell figure = findRow(wb.getSheet("Summary"), "Median base salary, Senior, US").getCell(1);
            assertEquals(CellType.NUMERIC, figure.getCellType());
            assertEquals(p50, figure.getNumericCellValue(), 1e-9);
            assertTrue(figure.getCellStyle().getDataFormatString().contains("$"));
            Row senior = findRow(wb.getSheet("Ranges"), "Senior");
            XSSFSheet ranges = wb.getSheet("Ranges");
            int col = columnOf(ranges, "Market P50");
            assertEquals(p50, senior.getCell(col).getNumericCellValue(), 1e-9);
            assertTrue(senior.getCell(col).getCellStyle().getDataFormatString().contains("$"));
        }
    }

    @Test
    void nonNumericSalaryExitsWithTwoNamingFileLineColumnAndWritesNothing() throws Exception {
        Path input = copyInput();
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve("salaries.csv")));
        lines.set(10, lines.get(10).replaceFirst(",(\\d+),USD,", ",12k,USD,"));
        Files.write(input.resolve("salaries.csv"), lines);
        Path output = dir.resolve("output");
        assertEquals(ExitCodes.BAD_INPUT, run("run", "--input", input.toString(), "--output", output.toString()));
        assertTrue(err.toString().contains("salaries.csv:11:9: column 'base_salary': found \"12k\", expected a number"),
                err.toString());
        assertFalse(Files.exists(output));
    }

    @Test
    void aDatabaseThatIsDownExitsWithTwoInOneSentenceAndPublishesNothing() throws Exception {
        Path input = copyInput();
        Files.delete(input.resolve("salaries.csv"));
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(input.resolve("salaries.mapping.yaml"), "jdbc: jdbc:postgresql://localhost:" + port
                + "/hr\nquery: SELECT * FROM salaries\nuser-env: CAREERBENCH_TEST_DB_USER\n"
                + "password-env: CAREERBENCH_TEST_DB_PASSWORD\ntimeout-seconds: 2\n");
        Path output = dir.resolve("output");
        assertEquals(ExitCodes.BAD_INPUT, run("run", "--input", input.toString(), "--output", output.toString()));
        assertTrue(err.toString().contains("salaries.mapping.yaml: query: found no answer from the database at "
                + "jdbc:postgresql://localhost:" + port + "/hr within 2 s"), err.toString());
        assertFalse(err.toString().contains("Exception") || err.toString().contains(System.getenv(
                "CAREERBENCH_TEST_DB_PASSWORD")), err.toString());
        assertFalse(Files.exists(output));
    }

    @Test
    void missingColumnExitsWithTwoAndWritesNothing() throws Exception {
        Path input = copyInput();
        List<String> lines = Files.readAllLines(input.resolve("salary-ranges.csv")).stream().map(l -> {
            List<String> fields = new ArrayList<>(List.of(l.split(",", -1)));
            fields.remove(10); // the 'source' column
            return String.join(",", fields);
        }).toList();
        Files.write(input.resolve("salary-ranges.csv"), lines);
        Path output = dir.resolve("output");
        assertEquals(ExitCodes.BAD_INPUT, run("run", "--input", input.toString(), "--output", output.toString()));
        assertTrue(err.toString().contains("salary-ranges.csv:1: column 'source': found no column 'source'"),
                err.toString());
        assertFalse(Files.exists(output));
    }

    @Test
    void badPeriodIsAUsageError() {
        assertEquals(ExitCodes.BAD_INPUT, run("run", "--period", "2026-13", "--output", dir.toString()));
        assertTrue(err.toString().contains("expected YYYY-MM"), err.toString());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out.toString().contains("run"));
        assertTrue(out.toString().contains("validate"));
        assertTrue(out.toString().contains("Exit codes"));
    }

    @Test
    void validateChecksWithoutWriting() throws Exception {
        assertEquals(ExitCodes.OK, run("validate"));
        assertTrue(out.toString().contains("Valid:"), out.toString());
    }

    private Path copyInput() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        return input;
    }

    private static Row findRow(XSSFSheet sheet, String firstCells) {
        for (Row row : sheet) {
            for (int c = 0; c < 2; c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(firstCells)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row '" + firstCells + "' on " + sheet.getSheetName());
    }

    private static int columnOf(XSSFSheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no header " + header);
    }

    /** Defect: names were padded to 28 characters, so pay-transparency-analysis.xlsx pushed its size out of line. */
    @Test
    void aLongFileNamePushedItsSizeOutOfLine() {
        assertEquals(ExitCodes.OK, run("run", "--period", "2026-11", "--output", dir.resolve("output").toString()),
                err.toString());
        List<String> sizes = out.toString().lines().filter(l -> l.endsWith(" bytes")).toList();
        assertTrue(sizes.stream().anyMatch(l -> l.contains("pay-transparency-analysis.xlsx ")), out.toString());
        assertEquals(1, sizes.stream().map(String::length).distinct().count(), "every size ends in one column:\n"
                + String.join("\n", sizes));
        assertTrue(out.toString().contains("\n  manifest.json\n"), out.toString());
    }

    @Test
    void theSecondCareerFieldIsPublishedAlongsideTheFirstWithOnlyItsOwnData() throws Exception {
        Path output = dir.resolve("output");
        assertEquals(ExitCodes.OK, run("run", "--period", "2026-11", "--output", output.toString()), err.toString());
        Path folder = output.resolve("2026-11");
        assertTrue(Files.exists(folder.resolve("ml-engineering.xlsx")));
        PdfFacts pdf = PdfFacts.read(folder.resolve("ml-engineering.pdf"));
        double p50 = SampleSalaries.percentile(SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1),
                0.03, "role_family", "Machine Learning Engineering", "level", "Senior", "country", "US"), 0.5);
        assertTrue(pdf.text().contains(Words.english().format().format(p50, ValueType.MONEY, "USD")), "ML senior P50 " + p50);
        assertTrue(pdf.text().contains("machine learning engineers"), "the population in words");
        assertTrue(!pdf.text().contains("AiPathly") && !pdf.text().contains("SRE market"),
                "no SRE reference data in the ML report");
        assertTrue(pdf.text().contains("No published range applies to this role family"));
    }

    @Test
    void keepingNoPeriodIsRefusedInWordsBeforeAnythingIsWritten() {
        Path output = dir.resolve("kept");
        assertEquals(ExitCodes.BAD_INPUT, run("run", "--keep", "0", "--output", output.toString()));
        assertTrue(err.toString().contains("--keep 0 keeps nothing; expected 1 or more"), err.toString());
        assertTrue(!java.nio.file.Files.exists(output), "nothing written");
    }
}
