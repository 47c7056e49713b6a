package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careerbench.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a level named {@code Index],1)*0+1000000+INDEX(Geography[Mid} was written unescaped
 * into a structured reference and turned a published figure into 1,213,525 once recalculated.
 * Every text column that reaches a workbook now carries spreadsheet payloads; none may appear in
 * a formula's code, a defined name or a table name, and the Geography figures must equal those of
 * the same data with a plain level name.
 */
class SpreadsheetPayloadInjectionTest {
    static final String GEOGRAPHY = "Index],1)*0+1000000+INDEX(Geography[Mid";
    static final String ROLE_FAMILY = "=ZQRF+1|'[#]";
    static final List<String> PAYLOADS = List.of("=ZQ1+1", "+ZQ2", "-ZQ3", "@ZQ4", "\tZQ5", "ZQ7]", "[ZQ8", "ZQ9'",
            "ZQ10\"\"", "#ZQ11", "ZQ12" + "x".repeat(300), "zq13", "ZQ13", "ZQ14*", "ZQ15?", "ZQ16~");

    @TempDir
    Path dir;

    private static String csv(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** The sample with payload rows: levels, regions, countries, job titles, a role family, indicators, skills, occupations. */
    private Path input(String level) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in-" + Math.abs(level.hashCode())));
        org.careerbench.SampleInput.copyTo(in);
        StringBuilder salaries = new StringBuilder(Files.readString(in.resolve("salaries.csv")).replace(
                "SRE & ML Infrastructure,Site Reliability Engineer,Mid,US,North America",
                "SRE & ML Infrastructure,Site Reliability Engineer," + csv(level) + ",US,North America"));
        int i = 0;
        for (String p : PAYLOADS) {
            for (int k = 0; k < 6; k++) {
                salaries.append(String.join(",", "SRE & ML Infrastructure", csv(p), csv(p), "US", csv(p), "Large",
                        "Full-time", "0", Integer.toString(150_000 + 1000 * i + k), "USD", "", "", "2024")).append('\n');
                salaries.append(String.join(",", "SRE & ML Infrastructure", "Site Reliability Engineer", "Senior",
                        csv(p), "Europe", "Large", "Full-time", "0", Integer.toString(120_000 + k), "USD", "", "",
                        "2024")).append('\n');
            }
            i++;
        }
        for (int k = 0; k < 12; k++) {
            salaries.append(String.join(",", csv(ROLE_FAMILY), "Site Reliability Engineer", k % 2 == 0 ? "Senior" : "Mid",
                    "US", "North America", "Large", "Full-time", "0", Integer.toString(140_000 + 500 * k), "USD", "", "",
                    "2024")).append('\n');
        }
        Files.writeString(in.resolve("salaries.csv"), salaries);
        StringBuilder market = new StringBuilder(Files.readString(in.resolve("market.csv")));
        StringBuilder skills = new StringBuilder(Files.readString(in.resolve("skills.csv")));
        StringBuilder survey = new StringBuilder(Files.readString(in.resolve("survey-percentiles.csv")));
        int rank = 20;
        for (String p : PAYLOADS) {
            market.append(csv(p)).append(",2024,1,USD million,stated,src,\n").append(csv(p))
                    .append(",2030,2,USD million,stated,src,\n");
            skills.append(rank++).append(',').append(csv(p)).append(",e,5,stated,src,\n");
            survey.append("src,2019,1,").append(csv(p)).append(",,US,10,USD,1,1,1,1,1,1,\n");
        }
        Files.writeString(in.resolve("market.csv"), market);
        Files.writeString(in.resolve("skills.csv"), skills);
        Files.writeString(in.resolve("survey-percentiles.csv"), survey);
        return in;
    }

    private Path templates() throws Exception {
        Path t = Files.createDirectories(dir.resolve("t"));
        Files.copy(Path.of("templates/theme.yaml"), t.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), t.resolve("logo.png"));
        String body = Files.readString(Path.of("templates/salary-benchmark.md"));
        Files.writeString(t.resolve("salary-benchmark.md"), body);
        StringBuilder more = new StringBuilder("---\ntitle: Payloads\nformat: xlsx\naudience: analyst\n---\n# Everything\n"
                + "```table\nsource: assumptions\n```\n```table\nsource: observations\nrows: [job_title, region]\n```\n"
                + "```table\nsource: benchmark\nrows: [job_title, region]\nstatistics: [n, p50]\n```\n"
                + "```table\nsource: checks\nrows: [job_title, region]\n```\n"
                + "```table\nsource: geo\nrows: job_title\n```\n```table\nsource: skills\n```\n"
                + "```table\nsource: survey\n```\n```chart\nsource: benchmark\nrows: country\nstatistics: [p50]\n```\n");
        for (String p : List.of(PAYLOADS.get(0), PAYLOADS.get(5), PAYLOADS.get(9))) {
            more.append("```chart\nsource: market\nindicator: '").append(p.replace("'", "''")).append("'\n```\n");
        }
        Files.writeString(t.resolve("payloads.md"), more);
        Files.writeString(t.resolve("family.md"), "---\ntitle: A payload role family\nformat: xlsx\naudience: analyst\nparameters:\n"
                + "  population: {role_family: '" + ROLE_FAMILY.replace("'", "''") + "'}\n---\n# Family\n"
                + "```table\nsource: assumptions\n```\n```table\nsource: observations\nrows: [level]\n```\n"
                + "```table\nsource: benchmark\nstatistics: [n, p50]\n```\n```table\nsource: checks\n```\n"
                + "```table\nsource: geo\n```\n");
        return t;
    }

    private Path run(Path in, Path t) {
        Path out = dir.resolve("out-" + Math.abs(in.hashCode()));
        CliRunner cli = new CliRunner();
        assertEquals(0, cli.run("run", "--input", in.toString(), "--templates", t.toString(), "--output",
                out.toString(), "--period", "2026-11"), cli.err());
        return out.resolve("2026-11");
    }

    /** A formula's code: its text without its string literals. */
    private static String code(String formula) {
        return formula.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
    }

    @Test
    void noPayloadReachesAFormulaANameOrATable() throws Exception {
        Path folder = run(input(GEOGRAPHY), templates());
        int formulas = 0;
        for (String file : List.of("salary-benchmark.xlsx", "payloads.xlsx", "family.xlsx")) {
            try (InputStream s = Files.newInputStream(folder.resolve(file)); XSSFWorkbook wb = new XSSFWorkbook(s)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                formulas++;
                                String code = code(cell.getCellFormula()).toLowerCase(Locale.ROOT);
                                assertFalse(code.contains("zq") || code.contains("1000000"),
                                        file + " " + sheet.getSheetName() + "!" + cell.getAddress() + ": "
                                                + cell.getCellFormula());
                            }
                        }
                    }
                    for (XSSFTable table : ((XSSFSheet) sheet).getTables()) {
                        assertTrue(table.getName().matches("[A-Za-z][A-Za-z0-9_]*"), table.getName());
                    }
                }
                for (Name n : wb.getAllNames()) {
                    assertTrue(n.getNameName().matches("[A-Za-z_][A-Za-z0-9_.]*"), n.getNameName());
                    assertFalse(n.getNameName().toLowerCase(Locale.ROOT).contains("zq"), n.getNameName());
                }
            }
        }
        assertTrue(formulas > 100, "the workbooks hold live formulas: " + formulas);
        try (InputStream s = Files.newInputStream(folder.resolve("payloads.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            int twins = 0;
            for (Row row : wb.getSheet("Everything")) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equalsIgnoreCase("zq13") && row.getCell(2) != null) {
                    twins++;
                    assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), "a spreadsheet cannot tell 'zq13' from "
                            + "'ZQ13': their cells are values, not formulas that would count both");
                }
            }
            assertTrue(twins >= 2, "both case twins are in the benchmark");
        }
    }

    @Test
    void theGeographyFiguresOfAPayloadLevelEqualThoseOfAPlainName() throws Exception {
        Path t = templates();
        List<Double> payload = geography(run(input(GEOGRAPHY), t).resolve("salary-benchmark.xlsx"));
        List<Double> plain = geography(run(input("Plain"), t).resolve("salary-benchmark.xlsx"));
        assertEquals(plain, payload);
        assertFalse(payload.stream().anyMatch(v -> v > 900_000), payload.toString());
    }

    private static List<Double> geography(Path workbook) throws Exception {
        List<Double> values = new ArrayList<>();
        try (InputStream s = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            for (Row row : wb.getSheet("Geography")) {
                for (Cell cell : row) {
                    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                            : cell.getCellType();
                    if (type == CellType.NUMERIC) {
                        values.add(Math.rint(cell.getNumericCellValue() * 100) / 100);
                    }
                }
            }
        }
        return values;
    }
}
