package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.LiveValue;
import org.careerbench.report.TableBlock;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each published cell beside the same statistic recomputed by a formula over the observations. */
class ChecksTableTest {
    @TempDir
    Path dir;

    private static final String OBSERVATIONS = Contexts.fence("table", "source: observations\nname: Observations\n"
            + "rows: [level, region]");
    private static final String CHECKS = Contexts.fence("table", "source: checks\nobservations: Observations\n"
            + "rows: [level, region]\nstatistics: [n, p50]");

    private TableBlock checks(String format, String body) throws BlockProblem {
        TemplateSpec spec = Contexts.template(dir, format, "analyst", "# A\n" + body);
        TableSpec.Checks c = (TableSpec.Checks) spec.blocks().stream().filter(TableSpec.Checks.class::isInstance)
                .findFirst().orElseThrow();
        return new ChecksTable(Contexts.of(spec)).table(c, "Checks");
    }

    @Test
    void everyPublishedFigureHasItsFormulaBesideIt() throws Exception {
        TableBlock t = checks("xlsx", OBSERVATIONS + CHECKS);
        assertEquals(5, t.columns().size(), "the cell, then published and recomputed for n and P50");
        assertFalse(t.rows().isEmpty());
        for (List<Object> row : t.rows()) {
            assertTrue(row.get(1) instanceof Number, row.toString());
            LiveValue.CellStatistic n = (LiveValue.CellStatistic) row.get(2);
            assertEquals("Observations", n.table());
            assertEquals(row.get(0), n.key());
            assertEquals(row.get(1), n.cached(), "the formula's cached value is the published figure");
        }
    }

    @Test
    void aCellWhoseMedianIsWithheldIsLeftOutNotRecomputed() throws Exception {
        TableBlock t = checks("xlsx", OBSERVATIONS + CHECKS);
        assertTrue(t.rows().stream().noneMatch(r -> r.get(3) == org.careerbench.report.Suppressed.VALUE),
                "no withheld median is checked: its formula would give it back");
    }

    @Test
    void checksNeedAWorkbookAndItsObservationsTable() {
        BlockProblem pdf = assertThrows(BlockProblem.class, () -> checks("pdf", CHECKS));
        assertTrue(pdf.problem().message().contains("put it in an xlsx template"), pdf.problem().message());
        BlockProblem missing = assertThrows(BlockProblem.class, () -> checks("xlsx", CHECKS));
        assertTrue(missing.problem().message().contains("reads the observations table 'Observations'"),
                missing.problem().message());
    }
}
