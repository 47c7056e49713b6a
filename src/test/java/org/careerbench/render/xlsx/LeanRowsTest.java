package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Observations sheet written by {@link LeanRows}: shared formulas, shared strings and
 * whole numbers, read back by POI and recalculated by POI's evaluator and by LibreOffice.
 */
class LeanRowsTest {
    @TempDir
    static Path dir;
    static Path workbook;

    @BeforeAll
    static void run() throws Exception {
        RunOptions options = new RunOptions(Path.of("input"), Path.of("templates"), dir, YearMonth.of(2026, 11),
                "careerbench run", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 2);
        RunResult result = new RunJob(line -> { }).run(options);
        workbook = result.folder().resolve("salary-benchmark.xlsx");
    }

    @Test
    void eachLiveColumnIsOneSharedFormulaAndTextsAreSharedStrings() throws Exception {
        String xml = observationsXml();
        // Aging factor, aged salary, and the US residents' aged salaries that the Ranges, Geography, Survey and
        // Positioning figures read.
        assertEquals(3, xml.split("t=\"shared\" ref=").length - 1, "the formula text once per live column");
        long rows = xml.split("<row ").length - 1;
        // Rows that are not data: the title, the header, the first data row (which holds the formulas) and
        // the notes below the table.
        assertTrue(xml.split("t=\"shared\" si=").length - 1 >= 2 * (rows - 5), "every other row refers to it");
        assertTrue(xml.contains("<v>2023</v>"), "a year as a whole number");
        assertTrue(!xml.contains("2023.0"), "no decimal point on whole numbers");
        assertTrue(!xml.contains("inlineStr</") && xml.contains("t=\"s\""), "texts in the shared-strings table");
    }

    @Test
    void poisEvaluatorAgreesWithEveryStoredValueAndFollowsTheAgingRate() throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet observations = wb.getSheet("Observations");
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            List<String> differ = new ArrayList<>();
            for (Row row : observations) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                        var computed = evaluator.evaluate(cell);
                        if (cell.getCachedFormulaResultType() == CellType.STRING) {
                            // A member column's blank: stored as the empty text the formula gives.
                            if (computed.getCellType() != CellType.STRING
                                    || !computed.getStringValue().equals(cell.getStringCellValue())) {
                                differ.add(cell.getAddress() + ": stored '" + cell.getStringCellValue() + "', computed "
                                        + computed);
                            }
                            continue;
                        }
                        double stored = cell.getNumericCellValue();
                        if (Math.abs(stored - computed.getNumberValue()) > 1e-9 * Math.max(1, Math.abs(stored))) {
                            differ.add(cell.getAddress() + ": stored " + stored + ", computed " + computed);
                        }
                    }
                }
            }
            assertTrue(formulas >= 2 * 150, "formula cells: " + formulas);
            assertEquals(List.of(), differ);
            // Live: a higher aging rate moves every aged salary.
            var ref = new org.apache.poi.ss.util.CellReference(wb.getName("AgingRate").getRefersToFormula());
            Cell rate = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());

            Row first = observations.getRow(3);
            double before = first.getCell(9).getNumericCellValue();
            rate.setCellValue(0.10);
            evaluator.clearAllCachedResultValues();
            double after = evaluator.evaluate(first.getCell(9)).getNumberValue();
            assertTrue(after > before * 1.05, "aged salary " + before + " -> " + after + " at 10% a year");
        }
    }

    @Test
    void libreOfficeRecalculatesToTheStoredValues() throws Exception {
        org.careerbench.ExternalTool.require(onPath("soffice"), "LibreOffice (soffice) is not installed here");
        Path stored = Files.createDirectories(dir.resolve("stored"));
        Path recalc = Files.createDirectories(dir.resolve("recalc"));
        convert(stored, 1);
        convert(recalc, 0);
        Path storedCsv = stored.resolve("out/salary-benchmark-Observations.csv");
        Path recalcCsv = recalc.resolve("out/salary-benchmark-Observations.csv");
        org.careerbench.ExternalTool.require(Files.exists(recalcCsv), "this LibreOffice cannot write one CSV per sheet");
        List<String> a = Files.readAllLines(storedCsv);
        List<String> b = Files.readAllLines(recalcCsv);
        assertTrue(a.size() > 150);
        assertEquals(a, b);
        for (String sheet : List.of("Benchmark", "Checks")) {
            assertEquals(Files.readAllLines(stored.resolve("out/salary-benchmark-" + sheet + ".csv")),
                    Files.readAllLines(recalc.resolve("out/salary-benchmark-" + sheet + ".csv")), sheet);
        }
    }

    /** Each sheet as CSV with a LibreOffice profile that recalculates on load always (0) or never (1). */
    private static void convert(Path base, int mode) throws Exception {
        Path user = Files.createDirectories(base.resolve("profile/user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<item oor:path=\"/org.openoffice.Office.Calc/"
                + "Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>" + mode
                + "</value></prop></item>\n</oor:items>\n");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + base.resolve("profile").toUri(), "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", base.resolve("out").toString(), workbook.toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice finished");
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    private static String observationsXml() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            String part = wb.getSheet("Observations").getPackagePart().getPartName().getName().substring(1);
            try (ZipFile zip = new ZipFile(workbook.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** A workbook with {@code table}'s rows written lean from row 3, column {@code firstCol}, read back. */
    private static XSSFWorkbook lean(org.careerbench.report.TableBlock table, int firstCol) throws Exception {
        var theme = new org.careerbench.template.ThemeLoader().load(Files.writeString(dir.resolve("lean-theme.yaml"), ""));
        LeanWorkbook wb = new LeanWorkbook(new XSSFWorkbook(NormalStyle.FACTORY), 100, false);
        var styles = new CellStyles(wb.getXSSFWorkbook(), theme, org.careerbench.report.Words.english().format());
        var sheet = wb.createSheet("Data");
        sheet.createRow(0).createCell(0).setCellValue("title");
        Formulas formulas = new Formulas();
        wb.add(sheet, new LeanRows(table, 2, firstCol, 0, table.rows().size(), styles, formulas,
                new Formulas.Place("Data", table.columns().stream().map(org.careerbench.report.TableColumn::header)
                        .toList(), 2, firstCol)));
        sheet.createRow(2 + table.rows().size() + 1).createCell(0).setCellValue("note");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aTableRightOfColumnAKeepsItsColumns() throws Exception {
        var table = new org.careerbench.report.TableBlock("T", "", List.of(
                org.careerbench.report.TableColumn.of("Name", org.careerbench.report.ValueType.TEXT),
                org.careerbench.report.TableColumn.of("Value", org.careerbench.report.ValueType.DECIMAL)),
                List.of(List.of("a", 1.5), java.util.Arrays.asList("b", null), List.of("c", 3.0)), List.of());
        try (XSSFWorkbook wb = lean(table, 3)) {
            Sheet s = wb.getSheet("Data");
            assertEquals("a", s.getRow(2).getCell(3).getStringCellValue(), "the first cell in column D, not A");
            assertEquals(null, s.getRow(2).getCell(0));
            assertEquals(1.5, s.getRow(2).getCell(4).getNumericCellValue());
            assertEquals("b", s.getRow(3).getCell(3).getStringCellValue());
            assertEquals(3.0, s.getRow(4).getCell(4).getNumericCellValue());
            assertEquals("note", s.getRow(6).getCell(0).getStringCellValue(), "the rows below stay below");
        }
    }

    @Test
    void aNumberThatIsNoNumberIsTheErrorPoiWrites() throws Exception {
        var table = new org.careerbench.report.TableBlock("T", "", List.of(
                org.careerbench.report.TableColumn.of("Value", org.careerbench.report.ValueType.DECIMAL)),
                List.of(List.of(Double.NaN), List.of(Double.POSITIVE_INFINITY), List.of(2.0)), List.of());
        try (XSSFWorkbook wb = lean(table, 0)) {
            Sheet s = wb.getSheet("Data");
            for (int r : new int[] {2, 3}) {
                Cell c = s.getRow(r).getCell(0);
                assertEquals(CellType.ERROR, c.getCellType(), "row " + r);
                assertEquals(org.apache.poi.ss.usermodel.FormulaError.NUM.getCode(), c.getErrorCellValue());
            }
            assertEquals(2.0, s.getRow(4).getCell(0).getNumericCellValue());
        }
    }

    @Test
    void textInAColumnOfNumbersIsAnErrorNamingTableRowAndColumn() {
        var table = new org.careerbench.report.TableBlock("Salaries", "", List.of(
                org.careerbench.report.TableColumn.of("Name", org.careerbench.report.ValueType.TEXT),
                org.careerbench.report.TableColumn.money("Base", "USD")),
                List.of(List.of("a", 1.0), List.of("b", "n/a")), List.of());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> lean(table, 0));
        assertEquals("table 'Salaries', row 2, column 'Base': text 'n/a' in a column of money values", e.getMessage());
    }
}
