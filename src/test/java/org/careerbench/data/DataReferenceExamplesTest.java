package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping examples of docs/data.md, each run as a user would write it. */
class DataReferenceExamplesTest {
    @TempDir
    Path dir;

    static String example(String name) throws Exception {
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\n```[a-z]*\\n(.*?)```",
                Pattern.DOTALL).matcher(Files.readString(Path.of("docs/data.md")));
        assertTrue(m.find(), "docs/data.md has the example '" + name + "'");
        return m.group(1);
    }

    @Test
    void theUnpivotExampleMakesTheMarketOfTheWideTable() throws Exception {
        Path in = WideProjectionsTest.inputWithWideMarket(dir);
        Files.writeString(in.resolve("market.mapping.yaml"), example("unpivot"));
        InputData data = new InputLoader().load(in);
        assertEquals(6, data.market().size(), data.market().toString());
        assertTrue(data.market().stream().anyMatch(m -> m.indicator().equals("Software developers") && m.year() == 2020
                && m.value() == 1364.2));
    }

    @Test
    void theCleanedFilterExampleKeepsTheEscapedCodes() throws Exception {
        Files.copy(WideProjectionsTest.FIXTURE.resolve("projections.csv"), dir.resolve("projections.csv"));
        Path mapping = Files.writeString(dir.resolve("market.mapping.yaml"), example("cleaned-filter"));
        SourceMapping m = new MappingLoader().load(mapping, StandardSchemas.MARKET, StandardCharsets.UTF_8);
        SourceMapping.RowFilter f = m.filters().get("Occupation code");
        assertTrue(f.accepts("15-1252") && f.accepts("15-1241") && !f.accepts("15-1242"));
    }

    @Test
    void thePassThroughExampleFixesOneYear() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("salary-ranges.csv", "regional-differentials.csv", "market.csv", "skills.csv",
                "sources.csv")) {
            Files.copy(Path.of("input").resolve(f), in.resolve(f));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("input/salaries.csv")));
        lines.set(1, lines.get(1).replaceFirst(",\\d{4}$", ",2021e"));
        Files.write(in.resolve("export.csv"), lines);
        Files.writeString(in.resolve("salaries.mapping.yaml"), example("pass-through"));
        InputData data = new InputLoader().load(in);
        assertEquals(lines.size() - 1, data.salaries().size());
        assertEquals(2021, data.salaries().get(0).year());
        assertTrue(data.quality().entries().stream().anyMatch(e -> e.reason() == QualityReason.VALUE_MAPPED
                && e.rows() == 1));
    }

    @Test
    void theWorkbookExampleReadsAVendorsSheetBelowItsTitleRows() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("salary-ranges.csv", "regional-differentials.csv", "market.csv", "skills.csv",
                "sources.csv")) {
            Files.copy(Path.of("input").resolve(f), in.resolve(f));
        }
        List<String> lines = Files.readAllLines(Path.of("input/salaries.csv"));
        List<String> header = new ArrayList<>(List.of(lines.get(0).split(",")));
        header.set(header.indexOf("base_salary"), "Base Salary (USD)");
        header.remove("currency");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Salary survey 2026 — confidential");
            org.apache.poi.ss.usermodel.Row h = sheet.createRow(2);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            int currency = List.of(lines.get(0).split(",")).indexOf("currency");
            for (int r = 1; r < 21; r++) {
                List<String> values = new ArrayList<>(List.of(lines.get(r).split(",", -1)));
                values.remove(currency);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r + 2);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i).matches("\\d+")) {
                        row.createCell(i).setCellValue(Double.parseDouble(values.get(i)));
                    } else if (!values.get(i).isEmpty()) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            try (java.io.OutputStream out = Files.newOutputStream(in.resolve("survey-2026.xlsx"))) {
                wb.write(out);
            }
        }
        Files.writeString(in.resolve("salaries.mapping.yaml"), example("workbook"));
        InputData data = new InputLoader().load(in);
        assertEquals(20, data.salaries().size());
        assertEquals(Double.parseDouble(lines.get(1).split(",")[List.of(lines.get(0).split(",")).indexOf("base_salary")]),
                data.salaries().get(0).baseSalary());
    }

    @Test
    void thePostgresExampleIsAMappingTheLoaderAccepts() throws Exception {
        Path mapping = Files.writeString(dir.resolve("salaries.mapping.yaml"), example("postgres"));
        SourceMapping m = new MappingLoader().load(mapping, StandardSchemas.SALARIES, StandardCharsets.UTF_8);
        SourceMapping.Query q = m.rules().query().orElseThrow();
        assertEquals("jdbc:postgresql://hr-db.internal:5432/warehouse", q.url());
        assertEquals(java.util.Optional.of("HR_DB_PASSWORD"), q.passwordVariable());
        assertTrue(q.sql().startsWith("SELECT family AS role_family"), q.sql());
    }
}
