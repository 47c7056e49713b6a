package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.SampleSalaries;
import org.careerbench.render.xlsx.ExcelFunctions;
import org.careerbench.stats.Percentiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 25): a checks table stored "—" in the Entry P10 and P90 cells (n = 8, fewer than
 * the 10 those need) but kept a live PERCENTILE.INC formula there, so any recalculation showed the
 * withheld figures. A withheld cell is a value, never a formula that recomputes it.
 */
class WithheldFigureComesBackOnRecalculationTest {
    @TempDir
    Path dir;

    @Test
    void aWithheldChecksCellHoldsNoFormulaAndNoRecalculationShowsTheFigure() throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(templates.resolve("checks.md"), """
                ---
                title: Checks
                format: xlsx
                audience: analyst
                parameters:
                  population: {role_family: SRE & ML Infrastructure, country: US}
                ---
                # Checks

                ```table
                source: observations
                name: Observations
                rows: [level]
                ```

                ```table
                source: checks
                name: Checks
                observations: Observations
                rows: [level]
                statistics: [n, mean, p10, p25, p50, p75, p90]
                ```
                """);
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString()), cli.said());

        // The withheld figures, computed here from the input: Entry has n = 8, so P10 and P90 are withheld.
        double[] entry = SampleSalaries.load().agedBaseSalaries(java.time.LocalDate.of(2026, 11, 1), 0.03,
                "role_family", "SRE & ML Infrastructure", "level", "Entry", "country", "US");
        assertEquals(8, entry.length);
        List<Double> withheld = List.of(Percentiles.ofUnsorted(entry, 0.10), Percentiles.ofUnsorted(entry, 0.90));

        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2026-11/checks.xlsx").toFile())) {
            workbook.addToolPack(ExcelFunctions.TOOL_PACK);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            List<Double> numbers = new ArrayList<>();
            int entryFormulas = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    boolean entryRow = sheet.getSheetName().equals("Checks") && row.getCell(0) != null
                            && row.getCell(0).toString().equals("Entry");
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            entryFormulas += entryRow ? 1 : 0;
                            var v = evaluator.evaluate(cell);
                            if (v.getCellType() == CellType.NUMERIC) {
                                numbers.add(v.getNumberValue());
                            }
                        } else if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
            assertEquals(5, entryFormulas, "Entry's n, mean, P25, P50 and P75 stay live; P10 and P90 are values");
            for (double figure : withheld) {
                for (double n : numbers) {
                    assertNotEquals(Math.round(figure * 100), Math.round(n * 100),
                            "the withheld " + figure + " is in the recalculated workbook");
                }
            }
            assertTrue(numbers.size() > 100, "the workbook was read: " + numbers.size() + " numbers");
        }
    }
}
