package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.careerbench.SampleSalaries;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.template.FigureSpec;
import org.careerbench.template.FiguresBlock;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key figures built alone: each returns the figure, its row of figures.csv and its warnings. */
class KeyFiguresTest {
    @TempDir
    Path dir;

    private record Built(BuildContext ctx, List<FigureSpec> figures) {
    }

    private Built figures(String yaml) {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("figures", yaml));
        return new Built(Contexts.of(spec), Contexts.block(spec, 0, FiguresBlock.class).figures());
    }

    @Test
    void aMedianIsTheIndependentMedianWithItsRow() throws Exception {
        Built b = figures("- id: senior_p50\n  label: Median, Senior, US\n  statistic: p50\n"
                + "  filter: {level: Senior, country: US}");
        Made<KeyFigure> made = new KeyFigures(b.ctx()).figure(b.figures().get(0));
        double[] senior = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                "SRE & ML Infrastructure", "level", "Senior", "country", "US");
        assertEquals(SampleSalaries.percentile(senior, 0.5), ((Number) made.value().value()).doubleValue(), 1e-6);
        Figure row = made.figures().get(0);
        assertEquals("senior_p50", row.block());
        assertEquals("p50", row.statistic());
        assertEquals(senior.length, row.n().getAsLong());
        assertEquals("Median, Senior, US", row.label());
        assertEquals(made.value().formatted(b.ctx().words().format()), row.shown());
        assertTrue(made.value().basis().startsWith(senior.length + " "), made.value().basis());
        assertEquals(List.of(), made.warnings());
    }

    @Test
    void aCountIsTheNumberOfObservationsItsFilterKeeps() throws Exception {
        Built b = figures("- id: people\n  label: Engineers in Europe\n  source: observations\n  filter: {region: Europe}");
        Made<KeyFigure> made = new KeyFigures(b.ctx()).figure(b.figures().get(0));
        int europe = SampleSalaries.load().baseSalaries("role_family", "SRE & ML Infrastructure", "region", "Europe")
                .length;
        assertEquals(europe, ((Number) made.value().value()).intValue());
        assertEquals("n", made.figures().get(0).statistic());
        assertEquals(europe, made.figures().get(0).value().getAsDouble());
    }

    @Test
    void aThinCellsFigureIsWithheldAndSaysWhy() throws Exception {
        Built b = figures("- id: thin\n  label: P90, Executive, Europe\n  statistic: p90\n"
                + "  filter: {level: Executive, region: Europe}");
        Made<KeyFigure> made = new KeyFigures(b.ctx()).figure(b.figures().get(0));
        assertEquals(Suppressed.VALUE, made.value().value());
        assertTrue(made.figures().get(0).withheld());
        assertTrue(made.figures().get(0).value().isEmpty());
        assertTrue(made.value().basis().contains("n ≥ 5"), made.value().basis());
    }

    @Test
    void aValueNoRowHasThisPeriodIsAWarningNotAnError() throws Exception {
        Built b = figures("- id: oceania\n  label: Median, Oceania\n  statistic: p50\n  filter: {region: Oceania}");
        Made<KeyFigure> made = new KeyFigures(b.ctx()).figure(b.figures().get(0));
        assertEquals(1, made.warnings().size(), made.warnings().toString());
        assertTrue(made.warnings().get(0).contains("region 'Oceania' this period"), made.warnings().get(0));
        assertEquals(Suppressed.VALUE, made.value().value());
    }

    @Test
    void aMarketGrowthIsTheCompoundRateOfItsSeriesEnds() throws Exception {
        Built b = figures("- id: cagr\n  label: Growth\n  source: market\n  indicator: Global SRE market size\n"
                + "  statistic: cagr");
        Made<KeyFigure> made = new KeyFigures(b.ctx()).figure(b.figures().get(0));
        var series = b.ctx().references().market().stream()
                .filter(m -> m.indicator().equals("Global SRE market size")).toList();
        var first = series.get(0);
        var last = series.get(series.size() - 1);
        double expected = Math.pow(last.value() / first.value(), 1.0 / (last.year() - first.year())) - 1;
        assertEquals(expected, ((Number) made.value().value()).doubleValue(), 1e-12);
        assertEquals("cagr", made.figures().get(0).statistic());
        assertTrue(made.figures().get(0).n().isEmpty(), "a market figure rests on no observations");
    }

    @Test
    void aYearTheSeriesLacksIsAProblemAtItsKey() {
        Built b = figures("- id: size\n  label: Size\n  source: market\n  indicator: Global SRE market size\n"
                + "  statistic: first\n  from: 1990");
        BlockProblem e = assertThrows(BlockProblem.class, () -> new KeyFigures(b.ctx()).figure(b.figures().get(0)));
        assertTrue(e.problem().message().contains("no Global SRE market size value for from year 1990"),
                e.problem().message());
    }

    @Test
    void aStatedGrowthItsSeriesDisagreesWithIsAWarning() throws Exception {
        var sample = Contexts.sample();
        String family = "SRE & ML Infrastructure";
        List<org.careerbench.data.MarketIndicator> market = List.of(
                new org.careerbench.data.MarketIndicator("Global X size", 2020, 100, "USD million", "stated", "s", family),
                new org.careerbench.data.MarketIndicator("Global X size", 2025, 150, "USD million", "stated", "s", family),
                new org.careerbench.data.MarketIndicator("Global X CAGR", 2025, 5.0, "percent", "stated", "s", family),
                new org.careerbench.data.MarketIndicator("Global Y size", 2020, 100, "USD million", "stated", "s", family),
                new org.careerbench.data.MarketIndicator("Global Y size", 2021, 110, "USD million", "stated", "s", family),
                new org.careerbench.data.MarketIndicator("Global Y CAGR", 2021, 10.0, "percent", "stated", "s", family));
        var data = new org.careerbench.data.InputData(sample.salaries(), sample.ranges(), sample.differentials(), market,
                sample.skills(), sample.sources(), sample.surveys(), sample.roster(), sample.files(), sample.policy(),
                sample.quality());
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n");
        BuildContext ctx = new ReportBuilder(data).context(spec, new ReportContext(java.time.YearMonth.of(2026, 11),
                org.careerbench.Builds.CREATED));
        assertEquals(List.of("market.csv: stated CAGR 5.00% for 'Global X' disagrees with 8.45% implied by 2020 and "
                + "2025 values"), new KeyFigures(ctx).checkStatedGrowth(), "Y's 10% agrees with its series");
    }
}
