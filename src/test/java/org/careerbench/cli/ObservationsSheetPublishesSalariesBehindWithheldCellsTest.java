package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 25): the Observations sheet published the individual salaries behind withheld
 * cells — the single Asia-Pacific senior salary sat beside a Benchmark cell withheld for n &lt; 5. And
 * any template could put individual salaries in any deliverable. Now only an analysts' workbook holds
 * them, without the rows of withheld cells unless the template says 'withheld: show'.
 */
class ObservationsSheetPublishesSalariesBehindWithheldCellsTest {
    @TempDir
    Path dir;

    /** The source lines of the Observations sheet's rows. */
    private static List<Integer> sourceLines(Path workbook) throws Exception {
        List<Integer> lines = new ArrayList<>();
        try (XSSFWorkbook w = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = w.getSheet("Observations");
            var table = w.getTable("Observations");
            int line = table.getColumns().stream().map(c -> c.getName()).toList().indexOf("Source line");
            for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
                Row row = sheet.getRow(r);
                lines.add((int) row.getCell(table.getStartColIndex() + line).getNumericCellValue());
            }
        }
        return lines;
    }

    /** The salaries file's line of the one senior SRE in Asia-Pacific. */
    private static int asiaPacificSenior() throws Exception {
        List<String> rows = Files.readAllLines(Path.of("input/salaries.csv"));
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).startsWith("SRE & ML Infrastructure") && rows.get(i).contains(",Senior,")
                    && rows.get(i).contains(",Asia-Pacific,")) {
                found.add(i + 1);
            }
        }
        assertEquals(1, found.size(), "the sample has one such salary");
        return found.get(0);
    }

    @Test
    void theSalaryBehindAWithheldCellIsNotInTheObservationsSheet() throws Exception {
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--output", output.toString(), "--quiet"),
                cli.said());
        List<Integer> lines = sourceLines(output.resolve("2026-11/salary-benchmark.xlsx"));
        assertFalse(lines.contains(asiaPacificSenior()), "the single Asia-Pacific senior salary is left out");
        assertTrue(lines.size() > 100, "the other salaries stay: " + lines.size());
    }

    @Test
    void withheldShowKeepsThemOnPurpose() throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(templates.resolve("salary-benchmark.md"), Files.readString(Path.of(
                "templates/salary-benchmark.md")).replace("name: Observations\nrows: [level, region]\n",
                "name: Observations\nrows: [level, region]\nwithheld: show\n"));
        Path output = dir.resolve("out");
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString(), "--quiet"), cli.said());
        assertTrue(sourceLines(output.resolve("2026-11/salary-benchmark.xlsx")).contains(asiaPacificSenior()));
    }

    @Test
    void individualSalariesAreRefusedForEveryAudienceButAnalysts() throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t"));
        Files.writeString(templates.resolve("salary-benchmark.md"), Files.readString(Path.of(
                "templates/salary-benchmark.md")).replaceFirst("audience: analyst", "audience: hr"));
        String said = Cli.refused("validate", "--period", "2026-11", "--templates", templates.toString());
        assertTrue(said.contains("salary-benchmark.md:") && said.contains("individual salaries (an observations "
                + "table) appear only in a workbook for analysts; this template's audience is hr"), said);
        assertTrue(said.contains("employee rows appear only in a workbook for analysts"), said);
    }
}
