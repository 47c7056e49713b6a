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
}
