package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.render.xlsx.ExcelFunctions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 25): the Positioning sheet's market figure is live over the Observations at the
 * workbook's target percentile input. Set to the 90th percentile, it recomputed a P90 for levels with
 * fewer than the 10 observations the rule asks for tails — a figure the rule withholds. It now
 * honours the rule for whatever percentile the input holds.
 */
class TargetPercentileGivesBackWithheldFiguresTest {
    @TempDir
    Path dir;

    @Test
    void settingTheTargetToP90LeavesThinLevelsBlankNotRecomputed() throws Exception {
        // Positioning against the market of every country in the population (here US residents: 8 at
        // Entry), live over the Observations at the target percentile input.
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        java.nio.file.Files.writeString(templates.resolve("positioning.md"), """
                ---
                title: Positioning
                format: xlsx
                audience: analyst
                parameters:
                  population: {role_family: SRE & ML Infrastructure, country: US}
                ---
                # Assumptions

                ```table
                source: assumptions
                ```

                # Observations

                ```table
                source: observations
                name: Observations
                rows: [level]
                ```

                # Positioning

                ```table
                source: positioning
                name: Positioning
                ```
                """);
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString(), "--quiet"), cli.said());
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("2026-11/positioning.xlsx").toFile())) {
            workbook.addToolPack(ExcelFunctions.TOOL_PACK);
            var input = new AreaReference(workbook.getName("TargetPercentile").getRefersToFormula(),
                    workbook.getSpreadsheetVersion()).getFirstCell();
            workbook.getSheet(input.getSheetName()).getRow(input.getRow()).getCell(input.getCol()).setCellValue(0.9);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            XSSFSheet sheet = workbook.getSheet("Positioning");
            XSSFTable table = sheet.getTables().get(0);
            int level = column(table, "Level");
            int market = column(table, "Market at target percentile");
            int ratio = column(table, "Market ratio");
            int entries = 0;
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                Cell m = row.getCell(table.getStartColIndex() + market);
                if (!row.getCell(table.getStartColIndex() + level).getStringCellValue().equals("Entry")
                        || m == null || m.getCellType() != CellType.FORMULA) {
                    continue;
                }
                entries++;
                // Entry has 8 US observations: a P90 is withheld below 10.
                var v = evaluator.evaluate(m);
                assertEquals(CellType.STRING, v.getCellType(), m.getCellFormula());
                assertEquals("", v.getStringValue());
                var q = evaluator.evaluate(row.getCell(table.getStartColIndex() + ratio));
                assertEquals(CellType.STRING, q.getCellType(), "the ratio is blank too, not an error");
            }
            assertTrue(entries > 0, "an entry-level employee with a live market figure was checked");
        }
    }

    private static int column(XSSFTable table, String name) {
        for (int c = 0; c < table.getColumns().size(); c++) {
            if (table.getColumns().get(c).getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + table.getName());
    }
}
