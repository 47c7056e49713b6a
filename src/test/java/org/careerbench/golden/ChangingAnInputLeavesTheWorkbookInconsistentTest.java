package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.ExternalTool;
import org.careerbench.SampleSalaries;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.careerbench.render.xlsx.ExcelFunctions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 26): raising the aging rate on the salary benchmark's Assumptions moved the
 * Benchmark but not Geography's national row, Positioning's market figures or Ranges' observed
 * columns; a new West Coast index moved Geography but not Positioning. Each input is changed in
 * turn in the published workbook and recalculated — by POI's evaluator and by LibreOffice — and
 * every figure of every sheet that follows the inputs is compared with the workbook CareerBench
 * writes when the same assumption is its own (or, for the target percentile, which no template
 * sets, with a percentile computed here from the input).
 */
class ChangingAnInputLeavesTheWorkbookInconsistentTest {
    private static final YearMonth PERIOD = YearMonth.of(2026, 11);
    /** The sheets whose figures follow the inputs; the others say they are as published. */
    private static final List<String> LIVE = List.of("Benchmark", "Observations", "Ranges", "Geography",
            "Positioning", "Survey", "Checks");

    @TempDir
    static Path dir;
    private static Path published;

    /** One edit of an input, and how CareerBench is told the same assumption. */
    private record Edit(String name, String label, Object value, String aging, UnaryOperator<String> differentials) {
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("rate", "Aging rate (a year)", 0.08, "rate: 0.08", d -> d),
            new Edit("simple", "Aging method", "simple", "method: simple", d -> d),
            new Edit("none", "Aging method", "none", "method: none", d -> d),
            new Edit("date", "Effective date", LocalDate.of(2027, 5, 1), "effective-date: 2027-05-01", d -> d),
            new Edit("west", "Geographic index: West Coast", 130.0, "", d -> d.replace("West Coast,10,20,",
                    "West Coast,25,35,")),
            new Edit("sf", "Geographic index: San Francisco", 90.0, "", d -> d.replace("San Francisco,10,20,",
                    "San Francisco,-15,-5,")));

    @BeforeAll
    static void publish() throws Exception {
        published = run("published", "", d -> d);
    }

    /** The salary benchmark published with {@code aging} in its parameters and the differentials edited. */
    private static Path run(String name, String aging, UnaryOperator<String> differentials) throws Exception {
        Path templates = Files.createDirectories(dir.resolve(name + "/templates"));
        for (String f : List.of("theme.yaml", "logo.png")) {
            Files.copy(Path.of("templates", f), templates.resolve(f));
        }
        String template = Files.readString(Path.of("templates/salary-benchmark.md"));
        if (!aging.isEmpty()) {
            template = template.replaceFirst("\nparameters:\n", "\nparameters:\n  aging:\n    " + aging + "\n");
        }
        Files.writeString(templates.resolve("salary-benchmark.md"), template);
        Path input = Files.createDirectories(dir.resolve(name + "/input"));
        org.careerbench.SampleInput.copyTo(input);
        Path d = input.resolve("regional-differentials.csv");
        Files.writeString(d, differentials.apply(Files.readString(d)));
        Path output = dir.resolve(name + "/output");
        new RunJob(RunLog.SILENT).run(new RunOptions(input, templates, output, PERIOD, "test"));
        return output.resolve(PERIOD + "/salary-benchmark.xlsx");
    }

    @Test
    void everyFigureThatFollowsAnInputFollowsItInPoi() throws Exception {
        for (Edit e : EDITS) {
            Path expected = run(e.name(), e.aging(), e.differentials());
            try (XSSFWorkbook want = open(expected); XSSFWorkbook got = edited(e.label(), e.value())) {
                got.addToolPack(ExcelFunctions.TOOL_PACK);
                got.getCreationHelper().createFormulaEvaluator().evaluateAll();
                int compared = compare(want, got, e.name() + " (POI)");
                assertTrue(compared > 500, e.name() + ": " + compared + " figures compared");
            }
        }
    }

    @Test
    void everyFigureThatFollowsAnInputFollowsItInLibreOffice() throws Exception {
        ExternalTool.require(org.careerbench.LibreOffice.onPath("soffice"),
                "LibreOffice (soffice) is not installed here");
        Path edits = Files.createDirectories(dir.resolve("libreoffice/edits"));
        List<Path> files = new ArrayList<>();
        for (Edit e : EDITS) {
            Path f = edits.resolve(e.name() + ".xlsx");
            try (XSSFWorkbook got = edited(e.label(), e.value()); OutputStream out = Files.newOutputStream(f)) {
                got.write(out);
            }
            files.add(f);
        }
        Path recalculated = Files.createDirectories(dir.resolve("libreoffice/recalculated"));
        org.careerbench.LibreOffice.recalculate(files, recalculated);
        for (Edit e : EDITS) {
            Path expected = dir.resolve(e.name() + "/output/" + PERIOD + "/salary-benchmark.xlsx");
            if (!Files.exists(expected)) {
                expected = run(e.name(), e.aging(), e.differentials());
            }
            try (XSSFWorkbook want = open(expected); XSSFWorkbook got = open(recalculated.resolve(e.name() + ".xlsx"))) {
                int compared = compare(want, got, e.name() + " (LibreOffice)");
                assertTrue(compared > 500, e.name() + ": " + compared + " figures compared");
            }
        }
    }

    @Test
    void theTargetPercentileMovesEveryMarketFigure() throws Exception {
        try (XSSFWorkbook got = edited("Target market percentile", 0.75)) {
            got.addToolPack(ExcelFunctions.TOOL_PACK);
            got.getCreationHelper().createFormulaEvaluator().evaluateAll();
            XSSFTable table = got.getTable("Positioning");
            Map<String, Integer> column = columns(table);
            XSSFSheet sheet = got.getSheet("Positioning");
            int checked = 0;
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                String level = row.getCell(table.getStartColIndex() + column.get("Level")).getStringCellValue();
                Cell market = row.getCell(table.getStartColIndex() + column.get("Market at target percentile"));
                Cell index = row.getCell(table.getStartColIndex() + column.get("Geo index"));
                if (market == null || market.getCellType() != CellType.FORMULA
                        || market.getCachedFormulaResultType() != CellType.NUMERIC) {
                    continue;
                }
                // The 75th percentile of the level's US salaries, aged here, times the area's index.
                double[] aged = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                        "SRE & ML Infrastructure", "level", level, "country", "US");
                double want = SampleSalaries.percentile(aged, 0.75) * (index == null
                        || index.getCellType() == CellType.BLANK ? 100 : index.getNumericCellValue()) / 100;
                assertEquals(want, market.getNumericCellValue(), 1e-6 * want, "row " + (r + 1));
                checked++;
            }
            assertTrue(checked >= 5, checked + " employees compared");
        }
    }

    @Test
    void theMachineLearningWorkbookOffersNoInputToChange() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("ml/templates"));
        for (String f : List.of("theme.yaml", "logo.png", "ml-engineering.md")) {
            Files.copy(Path.of("templates", f), templates.resolve(f));
        }
        Path output = dir.resolve("ml/output");
        new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), templates, output, PERIOD, "test"));
        try (XSSFWorkbook ml = open(output.resolve(PERIOD + "/ml-engineering.xlsx"))) {
            assertEquals(null, ml.getSheet("Assumptions"));
            for (String input : List.of("EffectiveDate", "AgingMethod", "AgingRate", "TargetPercentile")) {
                assertEquals(null, ml.getName(input), input + ": every figure is as published, and no input says otherwise");
            }
        }
    }

    private static XSSFWorkbook edited(String label, Object value) throws Exception {
        XSSFWorkbook w = open(published);
        Sheet assumptions = w.getSheet("Assumptions");
        for (Row row : assumptions) {
            Cell name = row.getCell(0);
            if (name != null && name.getCellType() == CellType.STRING && name.getStringCellValue().equals(label)) {
                // A new cell in its place: POI's setCellValue leaves an inline string's old text in the file.
                var style = row.getCell(1).getCellStyle();
                row.removeCell(row.getCell(1));
                Cell cell = row.createCell(1);
                cell.setCellStyle(style);
                if (value instanceof Double d) {
                    cell.setCellValue(d);
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                } else {
                    cell.setCellValue((String) value);
                }
                return w;
            }
        }
        fail("no input '" + label + "' on the Assumptions sheet");
        return w;
    }

    /**
     * Compares every number of each live sheet's tables in {@code want} with the same cell of
     * {@code got}, left out the columns that say they are as published; returns how many.
     */
    private static int compare(XSSFWorkbook want, XSSFWorkbook got, String what) {
        int compared = 0;
        List<String> wrong = new ArrayList<>();
        for (String name : LIVE) {
            XSSFSheet w = want.getSheet(name);
            XSSFSheet g = got.getSheet(name);
            for (XSSFTable table : w.getTables()) {
                Map<String, Integer> columns = columns(table);
                for (var c : columns.entrySet()) {
                    String header = c.getKey();
                    if (header.endsWith(" published") || header.contains(" vs ")) {
                        continue;
                    }
                    int col = table.getStartColIndex() + c.getValue();
                    for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                        Double expected = number(w.getRow(r) == null ? null : w.getRow(r).getCell(col));
                        if (expected == null) {
                            continue;
                        }
                        Double actual = number(g.getRow(r) == null ? null : g.getRow(r).getCell(col));
                        compared++;
                        if (actual == null || Math.abs(actual - expected) > 1e-6 * Math.max(1, Math.abs(expected))) {
                            wrong.add(name + "!" + new CellReference(r, col).formatAsString() + " (" + header + "): "
                                    + expected + " expected, " + actual + " after the edit");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 15)), what + ": " + wrong.size()
                + " figures did not follow the input");
        return compared;
    }

    private static Map<String, Integer> columns(XSSFTable table) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.getColumns().size(); i++) {
            columns.put(table.getColumns().get(i).getName(), i);
        }
        return columns;
    }

    private static Double number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
