package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.MarketIndicator;
import org.careerbench.report.TableBlock;
import org.careerbench.template.KeyLines;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference data as the source states it: market series, skill demand, regional differentials. */
class ReferenceTablesTest {
    @TempDir
    Path dir;

    private ReferenceTables tables() {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n");
        return new ReferenceTables(Contexts.of(spec));
    }

    private static final KeyLines LINES = new KeyLines(12, java.util.Map.of());

    @Test
    void theTopSkillsInRankOrderWithTheirShareOfDemand() throws Exception {
        TableBlock t = tables().skills("Skills", "", OptionalInt.of(3), LINES);
        assertEquals(3, t.rows().size());
        assertEquals(List.of(1, 2, 3), t.rows().stream().map(r -> r.get(0)).toList());
        double total = t.rows().stream().mapToDouble(r -> ((Number) r.get(3)).doubleValue()).sum();
        for (List<Object> r : t.rows()) {
            assertEquals(((Number) r.get(3)).doubleValue() / total, ((Number) r.get(4)).doubleValue(), 1e-12);
        }
        assertTrue(t.footnotes().stream().anyMatch(n -> n.contains("illustrative") || n.contains("Illustrative")),
                t.footnotes().toString());
    }

    @Test
    void differentialsAreStatedPercentagesWithBlanksKeptBlank() {
        TableBlock t = tables().differentials("Diff", "");
        List<Object> west = t.rows().stream().filter(r -> r.get(0).equals("West Coast")).findFirst().orElseThrow();
        assertEquals(0.10, (Double) west.get(1), 1e-12);
        assertEquals(0.20, (Double) west.get(2), 1e-12);
        t.rows().stream().filter(r -> r.get(1) == null).forEach(r -> assertNull(r.get(2), r.toString()));
    }

    @Test
    void aMarketSeriesIsFoundByNameInYearOrder() throws Exception {
        List<MarketIndicator> series = tables().series(Optional.of("Global SRE market size"), LINES);
        assertTrue(series.size() >= 2);
        for (int i = 1; i < series.size(); i++) {
            assertTrue(series.get(i).year() > series.get(i - 1).year());
        }
    }

    @Test
    void anIndicatorTheDataLacksIsAProblemWithASuggestion() {
        BlockProblem e = assertThrows(BlockProblem.class, () -> tables().series(Optional.of("Global SRE market sise"),
                LINES));
        assertTrue(e.problem().message().contains("Global SRE market size"), e.problem().message());
    }
}
