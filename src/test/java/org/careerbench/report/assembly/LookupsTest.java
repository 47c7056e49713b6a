package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lookup over a table above it: its row columns are picked, the statistics named are read. */
class LookupsTest {
    @TempDir
    Path dir;

    private static final TableBlock BENCHMARK = new TableBlock("Benchmark", "Base salary by level and region",
            List.of(TableColumn.of("Level", ValueType.TEXT), TableColumn.of("Region", ValueType.TEXT),
                    TableColumn.of("n", ValueType.INTEGER), TableColumn.money("P25", "USD"),
                    TableColumn.money("P50", "USD"), TableColumn.money("P75", "USD")),
            List.of(List.of("Senior", "Europe", 6, 1.0, 2.0, 3.0)), List.of());

    private BlockProblem refused(String yaml) {
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: lookup\n" + yaml));
        return assertThrows(BlockProblem.class, () -> new Lookups(Contexts.of(spec)).of(
                Contexts.block(spec, 0, TableSpec.Lookup.class), List.of(BENCHMARK)));
    }

    @Test
    void theLeadingTextColumnsArePickedAndTheStatisticsAreReadByTheirHeadings() throws Exception {
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: lookup\ntable: Benchmark\nstatistics: [p50, n]"));
        org.careerbench.report.LookupBlock l = new Lookups(Contexts.of(spec)).of(Contexts.block(spec, 0, TableSpec.Lookup.class),
                List.of(BENCHMARK)).orElseThrow();
        assertEquals(2, l.keyColumns());
        assertEquals(List.of(4, 2), l.answers());
        assertEquals("Look up: Base salary by level and region", l.caption());
        assertTrue(l.note().contains("table Benchmark"), l.note());
    }

    @Test
    void aTableNotAboveIsRefusedAtItsLineWithTheNearestName() {
        String message = refused("table: Benchmarks").problem().toString();
        assertTrue(message.contains("t.md:") && message.contains("no table named 'Benchmarks' above this lookup "
                + "(did you mean 'Benchmark'?)"), message);
    }

    @Test
    void aStatisticTheTableLacksIsRefused() {
        String message = refused("table: Benchmark\nstatistics: [p90]").problem().message();
        assertTrue(message.contains("table 'Benchmark' has no P90 column to look up"), message);
    }

    @Test
    void aTableOfTheTemplateThatIsNotInThisReportLeavesTheLookupOut() throws Exception {
        // In a burst group's report another group's table is a notice: the lookup over it goes too.
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: benchmark\nname: Benchmark\nrows: [level, region]") + Contexts.fence("table",
                "source: lookup\ntable: Benchmark"));
        assertTrue(new Lookups(Contexts.of(spec)).of(Contexts.block(spec, 1, TableSpec.Lookup.class), List.of())
                .isEmpty());
    }
}
