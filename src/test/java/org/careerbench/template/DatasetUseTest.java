package org.careerbench.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reference datasets templates use, each with the first place that uses it. */
class DatasetUseTest {
    @TempDir
    Path dir;

    private TemplateSpec template(String name, String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve(name), """
                ---
                title: Test
                format: xlsx
                audience: analyst
                ---
                """ + body);
        return new TemplateLoader().load(t);
    }

    @Test
    void eachDatasetIsNamedWithTheFirstBlockThatReadsIt() throws Exception {
        TemplateSpec spec = template("a.md", "# A\n```table\nsource: ranges\n```\n\n```chart\nsource: ranges\n```\n\n"
                + "```table\nsource: skills\n```\n");
        Map<String, String> used = DatasetUse.of(List.of(spec));
        assertEquals(List.of("salary-ranges", "skills"), List.copyOf(used.keySet()));
        assertEquals(dir.resolve("a.md") + ":7 (table source: ranges)", used.get("salary-ranges"));
        assertTrue(used.get("skills").endsWith("(table source: skills)"), used.get("skills"));
    }

    @Test
    void aMarketFigureUsesTheMarketData() throws Exception {
        TemplateSpec spec = template("b.md", "# A\n```figures\n- id: size\n  label: Size\n  source: market\n"
                + "  indicator: Global SRE market size\n  statistic: last\n```\n");
        Map<String, String> used = DatasetUse.of(List.of(spec));
        assertTrue(used.get("market").endsWith("(figure source: market)"), used.toString());
    }

    @Test
    void salaryBlocksNeedNoReferenceData() throws Exception {
        TemplateSpec spec = template("c.md", "# A\n```table\nsource: benchmark\nrows: level\n```\n\n"
                + "```table\nsource: observations\nrows: level\n```\n");
        assertEquals(Map.of(), DatasetUse.of(List.of(spec)));
    }

    @Test
    void geographyAndAssumptionsReadTheDifferentialsAndPositioningTheRanges() throws Exception {
        TemplateSpec spec = template("d.md", "# A\n```table\nsource: assumptions\n```\n\n```table\nsource: positioning\n```\n");
        Map<String, String> used = DatasetUse.of(List.of(spec));
        assertTrue(used.containsKey("regional-differentials"), used.toString());
        assertTrue(used.containsKey("salary-ranges"), used.toString());
        assertFalse(used.containsKey("market"));
    }

    @Test
    void acrossTemplatesTheFirstTemplateNamesIt() throws Exception {
        TemplateSpec first = template("e.md", "# A\n```chart\nsource: market\nindicator: Global SRE market size\n```\n");
        TemplateSpec second = template("f.md", "# A\n```table\nsource: market\nindicator: Global SRE market size\n```\n");
        assertTrue(DatasetUse.of(List.of(first, second)).get("market").contains("e.md"));
        assertTrue(DatasetUse.of(List.of(second, first)).get("market").contains("f.md"));
    }
}
