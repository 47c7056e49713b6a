package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.LiveValue;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each employee against the published range of their level and the market. */
class PositioningTest {
    @TempDir
    Path dir;

    private Made<List<Block>> positioning(String audience) throws BlockProblem {
        TemplateSpec spec = Contexts.template(dir, "xlsx", audience, "# A\n" + Contexts.fence("table",
                "source: positioning\nfilter: {country: US}"));
        return new Positioning(Contexts.of(spec)).blocks(Contexts.block(spec, 0, TableSpec.Positioning.class), "Pos");
    }

    private static List<String> roster() throws Exception {
        return Files.readAllLines(Path.of("input/roster.csv")).subList(1, Files.readAllLines(Path.of(
                "input/roster.csv")).size());
    }

    @Test
    void everyEmployeeIsARowAndTheGroupsAreASecondTable() throws Exception {
        Made<List<Block>> made = positioning("analyst");
        TableBlock employees = (TableBlock) made.value().get(0);
        assertEquals(roster().size(), employees.rows().size());
        TableBlock groups = (TableBlock) made.value().get(1);
        assertEquals("PosGroups", groups.name());
        assertEquals(List.of(), made.figures());
    }

    @Test
    void theCompaRatioIsBaseOverTheRangesMidpoint() throws Exception {
        TableBlock employees = (TableBlock) positioning("analyst").value().get(0);
        int base = employees.columnIndex("Base salary");
        int compa = employees.columnIndex("Compa-ratio");
        int mid = employees.columnIndex("Range midpoint");
        assertTrue(base >= 0 && compa >= 0 && mid >= 0, employees.columns().toString());
        for (List<Object> row : employees.rows()) {
            if (row.get(mid) instanceof Number m) {
                Object c = row.get(compa) instanceof LiveValue live ? live.cached() : row.get(compa);
                assertEquals(((Number) row.get(base)).doubleValue() / m.doubleValue(), ((Number) c).doubleValue(),
                        1e-9, row.toString());
            }
        }
    }

    @Test
    void anEmployeeWhoseLevelHasNoRangeIsShownWithoutPositioningAndWarned() throws Exception {
        Made<List<Block>> made = positioning("analyst");
        // Every roster level has a published range in the sample: none is warned of.
        assertTrue(made.warnings().stream().allMatch(w -> w.startsWith("roster.csv:")), made.warnings().toString());
        TableBlock employees = (TableBlock) made.value().get(0);
        long unpositioned = employees.rows().stream().filter(r -> r.get(employees.columnIndex("Range midpoint")) == null)
                .count();
        assertEquals(made.warnings().stream().filter(w -> w.contains("no published range")).count(), unpositioned);
    }

    @Test
    void employeeRowsAreForAnalystsOnly() {
        BlockProblem e = assertThrows(BlockProblem.class, () -> positioning("hr"));
        assertTrue(e.problem().message().startsWith("employee rows appear only in a workbook for analysts"),
                e.problem().message());
    }
}
