package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.careerbench.template.BlockSpec;
import org.careerbench.template.TemplateLoader;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's table names, decided once before any block is built. */
class BlockNamesTest {
    @TempDir
    Path dir;

    private TemplateSpec template(String format, String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), """
                ---
                title: Test
                format: %s
                audience: analyst
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                """.formatted(format) + body);
        return new TemplateLoader().load(t);
    }

    private static String block(String kind, String yaml) {
        return "```" + kind + "\n" + yaml + "\n```\n";
    }

    @Test
    void unnamedBlocksAreNamedFromTheirSourceAndNumberedWhenTaken() throws Exception {
        TemplateSpec spec = template("pdf", "# A\n" + block("table", "source: benchmark\nrows: level")
                + block("table", "source: benchmark\nrows: region") + block("chart", "source: market\n"
                + "indicator: Global SRE market size") + block("chart", "source: ranges"));
        BlockNames names = BlockNames.of(spec);
        List<BlockSpec> blocks = spec.blocks();
        assertEquals("Benchmark", names.of(blocks.get(0)));
        assertEquals("Benchmark2", names.of(blocks.get(1)));
        assertEquals("MarketData", names.of(blocks.get(2)));
        assertEquals("RangeData", names.of(blocks.get(3)));
    }

    @Test
    void aWrittenNameAnEarlierBlockHasIsRefusedAtItsNameLine() throws Exception {
        TemplateSpec spec = template("pdf", "# A\n" + block("table", "source: benchmark\nrows: level")
                + block("table", "name: Benchmark\nsource: benchmark\nrows: region"));
        BlockNames names = BlockNames.of(spec);
        BlockProblem e = assertThrows(BlockProblem.class, () -> names.of(spec.blocks().get(1)));
        assertTrue(e.problem().message().contains("'Benchmark' is used by another block"), e.problem().message());
        assertEquals(spec.blocks().get(1).lines().of("name"), e.problem().line());
        assertEquals("Benchmark", names.of(spec.blocks().get(0)), "the first keeps its name");
    }

    @Test
    void blocksWithoutANameAreNotNamed() throws Exception {
        TemplateSpec spec = template("xlsx", "# A\n" + block("table", "source: assumptions"));
        assertThrows(IllegalArgumentException.class, () -> BlockNames.of(spec).of(spec.blocks().get(0)));
    }

    /**
     * The defect issue 27 names: the live tables named an unnamed observations table "Observations"
     * while the block itself, built after a table written as "Observations", was "Observations2" —
     * and the live formulas read the other table.
     */
    @Test
    void defaultTableNamesDecidedInTwoPlacesDisagree() throws Exception {
        TemplateSpec spec = template("xlsx", "# A\n" + block("table", "source: assumptions")
                + block("table", "name: Observations\nsource: benchmark\nrows: region")
                + block("table", "source: observations\nrows: level"));
        BlockNames names = BlockNames.of(spec);
        String built = names.of(spec.blocks().get(2));
        assertEquals("Observations2", built);
        assertEquals(Optional.of(built), LiveTables.of(spec, names, 100).byLevel(),
                "the live formulas read the table the block is");
    }
}
