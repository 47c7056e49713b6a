package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.RangeSeries;
import org.careerbench.template.ChartSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts built alone, each over a data table made from the same statistics as the tables. */
class ChartBlocksTest {
    @TempDir
    Path dir;

    private Made<Block> chart(String yaml) throws BlockProblem {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("chart", yaml));
        BuildContext ctx = Contexts.of(spec);
        return new ChartBlocks(ctx).chart(Contexts.block(spec, 0, ChartSpec.class), "ChartData");
    }

    @Test
    void aBenchmarkChartPublishesItsMediansAsFiguresOfItsDataTable() throws Exception {
        Made<Block> made = chart("source: benchmark\nrows: level\nstatistics: [p50]\nfilter: {country: US}");
        ChartBlock c = (ChartBlock) made.value();
        assertEquals(ChartType.BAR, c.type());
        assertEquals(List.of(1), c.seriesColumns());
        assertEquals(c.data().rows().size(), made.figures().size(), "one P50 per level");
        double[] mid = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                "SRE & ML Infrastructure", "level", "Mid", "country", "US");
        assertEquals(SampleSalaries.percentile(mid, 0.5), made.figures().stream().filter(f -> f.keys().equals("Mid"))
                .findFirst().orElseThrow().value().getAsDouble(), 1e-6);
        assertTrue(made.figures().stream().allMatch(f -> f.block().equals("ChartData")));
        // Issue 28: every bar says how many people stand behind it.
        assertEquals("Mid (n = " + mid.length + ")", c.data().rows().stream().map(r -> r.get(0)).filter(l -> String
                .valueOf(l).startsWith("Mid")).findFirst().orElseThrow());
        assertTrue(c.categoryLabels().stream().allMatch(l -> l.matches(".* \\(n = \\d+\\)( —)?")),
                c.categoryLabels().toString());
    }

    @Test
    void aBenchmarkChartWithoutAMoneyStatisticIsRefusedAtItsStatistics() {
        BlockProblem e = assertThrows(BlockProblem.class, () -> chart("source: benchmark\nrows: level\n"
                + "statistics: [n]"));
        assertTrue(e.problem().message().startsWith("a benchmark chart needs at least one money statistic"),
                e.problem().message());
    }

    @Test
    void aRangeChartHasFivePercentilesAndThePublishedRangeByName() throws Exception {
        Made<Block> made = chart("source: ranges");
        ChartBlock c = (ChartBlock) made.value();
        assertEquals(ChartType.BOX, c.type());
        RangeSeries s = c.range();
        assertEquals("P10", c.data().columns().get(s.p10()).header());
        assertEquals("P90", c.data().columns().get(s.p90()).header());
        assertTrue(s.published().isPresent());
        assertTrue(c.source().contains("shaded band: the published range"), c.source());
        assertEquals(List.of(), made.figures(), "a range chart repeats the ranges table's figures, it logs none");
    }

    @Test
    void aMarketChartMarksStatedValuesAndDrawsDerivedOnesDashed() throws Exception {
        ChartBlock c = (ChartBlock) chart("source: market\nindicator: Global SRE market size").value();
        assertEquals(List.of(1, 2), c.seriesColumns());
        assertEquals(org.careerbench.report.SeriesStyle.DASHED, c.styles().get(0), "the sample's years are derived");
        assertEquals(org.careerbench.report.SeriesStyle.MARKERS, c.styles().get(1));
        assertTrue(c.source().contains("derived"), c.source());
    }

    @Test
    void aPayMixWithoutBonusOrEquityIsANoteSayingWhy() throws Exception {
        // The sample's salaries have base pay only.
        Block.Note n = (Block.Note) chart("source: paymix").value();
        assertTrue(n.text().startsWith("Pay mix: the salary data has no bonus or equity"), n.text());
    }

    @Test
    void aSkillsChartShowsTheDemandIndex() throws Exception {
        ChartBlock c = (ChartBlock) chart("source: skills\ntop: 5").value();
        assertTrue(c.data().rows().size() <= 5, c.data().rows().toString());
        assertEquals(List.of(3), c.seriesColumns());
    }

    @Test
    void aSortedChartKeepsEachCategorysOwnN() throws Exception {
        ChartBlock sorted = (ChartBlock) chart("source: benchmark\nrows: level\nstatistics: [p50]\nsort: p50 desc\n"
                + "filter: {country: US}").value();
        ChartBlock plain = (ChartBlock) chart("source: benchmark\nrows: level\nstatistics: [p50]\n"
                + "filter: {country: US}").value();
        assertEquals(plain.data().rows().stream().map(r -> r.get(0)).sorted().toList(),
                sorted.data().rows().stream().map(r -> r.get(0)).sorted().toList(), "the same labels, n included");
    }
}
