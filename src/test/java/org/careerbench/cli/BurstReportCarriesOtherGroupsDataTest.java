package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 25): burst by region, the Europe workbook's Positioning sheet held the whole
 * employee roster with salaries. A burst workbook holds its own group's employees or none.
 */
class BurstReportCarriesOtherGroupsDataTest {
    @TempDir
    Path dir;

    private Path burst(String column) throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t-" + column));
        String benchmark = Files.readString(Path.of("templates/salary-benchmark.md"));
        Files.writeString(templates.resolve("salary-benchmark.md"), benchmark.replaceFirst("\n---\n",
                "\nburst-by: " + column + "\n---\n"));
        Path output = dir.resolve("out-" + column);
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString(), "--quiet"), cli.said());
        return output.resolve("2026-11");
    }

    /** The shipped career report split by region, published for 2026-11 into {@code out-<name>}. */
    private Path burstCareerReport(String name) throws Exception {
        Path templates = TemplateFolders.themed(dir.resolve("t-" + name));
        Files.writeString(templates.resolve("career-report.md"), Files.readString(Path.of(
                "templates/career-report.md")).replaceFirst("\n---\n", "\nburst-by: region\n---\n"));
        Path output = dir.resolve("out-" + name);
        Cli cli = new Cli();
        assertEquals(ExitCodes.OK, cli.run("run", "--period", "2026-11", "--templates", templates.toString(),
                "--output", output.toString(), "--quiet"), cli.said());
        return output;
    }

    /** Every cell text of every sheet of a workbook. */
    private static List<String> texts(Path workbook) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook w = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : w) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(cell.toString());
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void aRegionsWorkbookHoldsNoEmployeeOfTheRoster() throws Exception {
        Path period = burst("region");
        List<String> roster = Files.readAllLines(Path.of("input/roster.csv")).stream().skip(1)
                .map(l -> l.split(",")[0]).toList();
        int workbooks = 0;
        try (var files = Files.list(period)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                workbooks++;
                List<String> texts = texts(f);
                for (String id : roster) {
                    assertFalse(texts.contains(id), f.getFileName() + " holds employee " + id);
                }
                assertTrue(texts.contains("Employee positioning left out"), f.getFileName() + " says why");
            }
        }
        assertTrue(workbooks >= 2, "a workbook per region: " + workbooks);
    }

    @Test
    void aLevelsWorkbookHoldsItsLevelsEmployeesOnly() throws Exception {
        Path period = burst("level");
        List<String[]> roster = Files.readAllLines(Path.of("input/roster.csv")).stream().skip(1)
                .map(l -> l.split(",")).toList();
        List<String> senior = texts(period.resolve("salary-benchmark-senior.xlsx"));
        for (String[] e : roster) {
            assertEquals(e[2].equals("Senior"), senior.contains(e[0]), "employee " + e[0] + " at " + e[2]);
        }
    }

    /**
     * Burst by region, the Europe report printed the US ranges, the BLS survey and the US regional
     * tables, every observed column "0 observations". A block about another group is a notice now.
     */
    @Test
    void aRegionsReportShowsNoTableOfAnotherRegion() throws Exception {
        Path output = burstCareerReport("report");
        String europe = org.careerbench.PdfFacts.read(output.resolve("2026-11/career-report-europe.pdf")).text()
                .replaceAll("\\s+", " ");
        assertTrue(europe.contains("Not about this group"), "the notice stands in the blocks' place");
        for (String usOnly : List.of("Published base ranges (US, 2024)", "BLS", "Median base salary by level, "
                + "localised for US regions")) {
            assertFalse(europe.contains(usOnly), "the Europe report shows " + usOnly);
        }
        String america = org.careerbench.PdfFacts.read(output.resolve("2026-11/career-report-north-america.pdf"))
                .text().replaceAll("\\s+", " ");
        assertTrue(america.contains("BLS"), "the US tables stay in the report of the group they are about");
    }

    /**
     * Burst by region, the Europe report's key figures about US salaries showed "—" over "no senior …
     * engineers in the US in Europe". Such a figure says it belongs to another group's report.
     */
    @Test
    void aRegionsKeyFigureAboutAnotherRegionSaysWhereItIs() throws Exception {
        Path output = burstCareerReport("figures");
        String europe = org.careerbench.PdfFacts.read(output.resolve("2026-11/career-report-europe.pdf")).text()
                .replaceAll("\\s+", " ");
        assertFalse(europe.contains("in the US in Europe"), "a figure of the US counted in Europe");
        assertTrue(europe.contains("Senior SRE & ML infrastructure engineers in the US: none in this report's "
                + "group (Europe)"), "the key figure says it is about another group");
    }
}
