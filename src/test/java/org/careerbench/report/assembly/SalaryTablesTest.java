package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.Figure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.stats.Statistic;
import org.careerbench.template.FilterSpec;
import org.careerbench.template.RowOrderSpec;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Salary tables built alone: each returns its block with its figures, checked against the sample. */
class SalaryTablesTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;

    private BuildContext context(String format, String audience, String body) {
        return Contexts.of(Contexts.template(dir, format, audience, body));
    }

    private static FilterSpec where(SalaryDimension column, String value) {
        return new FilterSpec(List.of(new FilterSpec.Condition(column, List.of(value), 9)));
    }

    @Test
    void everyCellOfABenchmarkIsOneFigureWithItsN() throws Exception {
        BuildContext ctx = context("pdf", "hr", "# A\n");
        Made<TableBlock> made = new SalaryTables(ctx).benchmark("Pay", "", List.of(SalaryDimension.LEVEL),
                where(SalaryDimension.COUNTRY, "US"), List.of(Statistic.N, Statistic.P50), PayElement.BASE,
                RowOrderSpec.NONE);
        TableBlock t = made.value();
        assertEquals(t.rows().size() * 2, made.figures().size(), "n and P50 of each row");
        double[] senior = SampleSalaries.load().agedBaseSalaries(NOV_1, 0.03, "role_family", "SRE & ML Infrastructure",
                "level", "Senior", "country", "US");
        Figure p50 = made.figures().stream().filter(f -> f.keys().equals("Senior") && f.statistic().equals("p50"))
                .findFirst().orElseThrow();
        assertEquals(SampleSalaries.percentile(senior, 0.5), p50.value().getAsDouble(), 1e-6);
        assertEquals(senior.length, p50.n().getAsLong());
        assertEquals("Pay", p50.block());
        assertFalse(p50.withheld());
        assertEquals(List.of(), made.warnings());
    }

    @Test
    void aWithheldCellIsAWithheldFigureWithoutValue() throws Exception {
        BuildContext ctx = context("pdf", "hr", "# A\n");
        Made<TableBlock> made = new SalaryTables(ctx).benchmark("Pay", "", List.of(SalaryDimension.REGION,
                SalaryDimension.LEVEL), where(SalaryDimension.REGION, "Europe"), List.of(Statistic.N, Statistic.P90),
                PayElement.BASE, RowOrderSpec.NONE);
        List<Figure> withheld = made.figures().stream().filter(Figure::withheld).toList();
        assertFalse(withheld.isEmpty(), "Europe's thin levels withhold their P90");
        withheld.forEach(f -> {
            assertTrue(f.value().isEmpty(), f.toString());
            assertEquals("p90", f.statistic());
            assertEquals(Suppressed.VALUE.toString(), f.shown(), "shown as the withheld mark");
        });
        assertTrue(made.value().footnotes().stream().anyMatch(n -> n.startsWith("— not published")),
                made.value().footnotes().toString());
    }

    @Test
    void theRangesTableReturnsNoFiguresAndWarnsOfRangesInAnotherCurrencyOnly() throws Exception {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("table", "source: ranges"));
        BuildContext ctx = Contexts.of(spec);
        Made<TableBlock> made = new SalaryTables(ctx).ranges(Contexts.block(spec, 0, TableSpec.Ranges.class), "R");
        assertEquals(List.of(), made.figures());
        assertTrue(made.warnings().stream().allMatch(w -> w.startsWith("salary-ranges.csv: range '")),
                made.warnings().toString());
        assertFalse(made.value().rows().isEmpty());
    }

    @Test
    void individualSalariesAreRefusedOutsideAnAnalystsWorkbook() throws Exception {
        TemplateSpec pdf = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("table",
                "source: observations\nrows: level"));
        BlockProblem e = assertThrows(BlockProblem.class, () -> new SalaryTables(Contexts.of(pdf)).observations(
                Contexts.block(pdf, 0, TableSpec.Observations.class), "Obs"));
        assertTrue(e.problem().message().contains("never appear in a PDF report"), e.problem().message());
        TemplateSpec managers = Contexts.template(dir, "xlsx", "employee", "# A\n" + Contexts.fence("table",
                "source: observations\nrows: level"));
        e = assertThrows(BlockProblem.class, () -> new SalaryTables(Contexts.of(managers)).observations(
                Contexts.block(managers, 0, TableSpec.Observations.class), "Obs"));
        assertTrue(e.problem().message().contains("appear only in a workbook for analysts"), e.problem().message());
    }

    @Test
    void anAnalystsObservationsTableHasOneRowPerObservationOfThePopulation() throws Exception {
        TemplateSpec spec = Contexts.template(dir, "xlsx", "analyst", "# A\n" + Contexts.fence("table",
                "source: observations\nrows: level"));
        BuildContext ctx = Contexts.of(spec);
        TableBlock t = new SalaryTables(ctx).observations(Contexts.block(spec, 0, TableSpec.Observations.class), "Obs");
        assertEquals(SampleSalaries.load().baseSalaries("role_family", "SRE & ML Infrastructure").length,
                t.rows().size());
    }
}
