package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.Builds;
import org.careerbench.SampleSalaries;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Report;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {
    static final java.time.LocalDate NOV_1 = java.time.LocalDate.of(2026, 11, 1);
    static InputData data;
    static SampleSalaries sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        data = new InputLoader().load(Path.of("input"));
        sample = SampleSalaries.load();
    }

    private Report build(String body) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), """
                ---
                title: Test
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                  level-order: [Entry, Mid, Senior, Executive]
                ---
                """ + body);
        return Builds.one(new TemplateLoader().load(t), data, YearMonth.of(2026, 11));
    }

    @Test
    void benchmarkTableHoldsIndependentlyComputedPercentilesInLevelOrder() throws Exception {
        Report r = build("# B\n```table\nsource: benchmark\nrows: level\nfilter: {country: US}\n"
                + "statistics: [n, p25, p50, p75]\n```\n");
        TableBlock t = (TableBlock) r.sections().get(0).blocks().get(0);
        assertEquals(List.of("Level", "n", "P25", "P50", "P75"), t.columns().stream().map(TableColumn::header).toList());
        assertEquals(List.of("Entry", "Mid", "Senior"), t.rows().stream().map(row -> row.get(0)).toList());
        double[] senior = sample.agedBaseSalaries(NOV_1, 0.03, "role_family", "SRE & ML Infrastructure", "level",
                "Senior", "country", "US");
        List<Object> row = t.rows().get(2);
        assertEquals(senior.length, row.get(1));
        assertEquals(SampleSalaries.percentile(senior, 0.5), (Double) row.get(3), 1e-9);
        assertEquals(ValueType.MONEY, t.columns().get(3).type());
        assertEquals("USD", t.columns().get(3).currency());
    }

    @Test
    void thinCellsAreSuppressedNotZeroAndFootnoted() throws Exception {
        Report r = build("# B\n```table\nsource: benchmark\nrows: [region, level]\n"
                + "filter: {region: Europe}\nstatistics: [n, p50]\n```\n");
        TableBlock t = (TableBlock) r.sections().get(0).blocks().get(0);
        List<Object> mid = t.rows().stream().filter(x -> x.get(1).equals("Mid")).findFirst().orElseThrow();
        assertTrue((Integer) mid.get(2) < 5);
        assertEquals(Suppressed.VALUE, mid.get(3));
        assertTrue(t.footnotes().get(0).startsWith("— not published"), t.footnotes().toString());
    }

    @Test
    void placeholdersAreFilledWithFormattedFigures() throws Exception {
        Report r = build("# A\n```figures\n- id: senior\n  label: Senior\n  statistic: p50\n"
                + "  filter: {level: Senior, country: US}\n```\nMedian {{ senior }} in {{ period }}.\n");
        Block.Prose p = (Block.Prose) r.sections().get(0).blocks().get(1);
        double p50 = SampleSalaries.percentile(sample.agedBaseSalaries(NOV_1, 0.03, "role_family",
                "SRE & ML Infrastructure", "level", "Senior", "country", "US"), 0.5);
        assertEquals("Median " + Words.english().format().format(p50, ValueType.MONEY, "USD") + " in 2026-11.", p.runs().get(0).text());
    }

    @Test
    void unknownPlaceholderColumnAndStatisticNameTheLineWithASuggestion() throws Exception {
        TemplateException a = assertThrows(TemplateException.class, () -> build("# A\nSee {{ senoir }}.\n"));
        assertTrue(a.getMessage().contains("t.md:8: placeholder {{ senoir }} refers to nothing"), a.getMessage());
        TemplateException b = assertThrows(TemplateException.class,
                () -> build("# A\n\n```table\nsource: benchmark\nrows: levle\n```\n"));
        assertTrue(b.getMessage().contains("t.md:11: unknown salaries column 'levle' in rows (did you mean 'level'?)"),
                b.getMessage());
        TemplateException c = assertThrows(TemplateException.class,
                () -> build("# A\n\n```table\nsource: benchmark\nstatistics: [p55]\n```\n"));
        assertTrue(c.getMessage().contains("unknown statistic 'p55' (did you mean 'p25'?)"), c.getMessage());
        TemplateException d = assertThrows(TemplateException.class,
                () -> build("# A\n\n```chart\nsource: market\ntype: pie\n```\n"));
        assertTrue(d.getMessage().contains("unknown chart type 'pie'"), d.getMessage());
    }

    @Test
    void marketChartCarriesItsSeriesAndCagrFigure() throws Exception {
        Report r = build("# M\n```figures\n- id: g\n  label: growth\n  source: market\n  statistic: cagr\n"
                + "  indicator: Global SRE market size\n```\n```chart\nsource: market\n"
                + "indicator: Global SRE market size\n```\n");
        KeyFigure g = ((Block.KeyFigures) r.sections().get(0).blocks().get(0)).figures().get(0);
        assertEquals(0.085, (Double) g.value(), 0.0001);
        ChartBlock c = (ChartBlock) r.sections().get(0).blocks().get(1);
        assertEquals(ChartType.LINE, c.type());
        assertEquals(8, c.data().rows().size());
        assertEquals(519.23, (Double) c.data().rows().get(7).get(1), 1e-9);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void skillsChartNotesWhatItShowsAndTheTableItsShareColumn() throws Exception {
        Report r = build("# S\n```table\nsource: skills\n```\n```chart\nsource: skills\n```\n");
        TableBlock table = (TableBlock) r.sections().get(0).blocks().get(0);
        ChartBlock chart = (ChartBlock) r.sections().get(0).blocks().get(1);
        assertTrue(table.columns().stream().anyMatch(c -> c.header().equals("Share")), table.columns().toString());
        assertTrue(String.join(" ", table.footnotes()).contains("Share = "), table.footnotes().toString());
        assertTrue(chart.source().contains("The demand index is illustrative"), chart.source());
        assertTrue(!chart.source().contains("Share"), chart.source());
    }

    @Test
    void methodologyStatesMethodThresholdsAndSources() throws Exception {
        Report r = build("# Methodology\n```table\nsource: methodology\n```\n");
        Block.Bullets b = (Block.Bullets) r.sections().get(0).blocks().get(0);
        String text = b.items().toString();
        assertTrue(text.contains("PERCENTILE.INC"));
        assertTrue(text.contains("n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90"));
        TableBlock sources = (TableBlock) r.sections().get(0).blocks().get(1);
        assertEquals(List.of("salaries"), sources.rows().stream().map(x -> x.get(0)).toList(),
                "a template with no other block cites only the salaries it reads");
        // A PDF for HR names no file or checksum (issue 28): those stay in the manifest and the workbook.
        assertEquals(List.of("salaries", 1838L, 1838L), sources.rows().get(0).subList(0, 3));
        assertTrue(String.valueOf(sources.rows().get(0).get(3)).startsWith("ai-jobs.net salaries export"));
    }

    @Test
    void burstByGivesOneReportPerValueWithOnlyItsOwnDataAndSafeUniqueNames() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), """
                ---
                title: By region
                output: by-region
                burst-by: region
                burst-minimum: 1
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                # Figures
                ```figures
                - {id: n, label: observations, source: observations, statistic: n}
                ```
                """);
        List<Report> reports = Builds.all(new TemplateLoader().load(t), data,
                YearMonth.of(2026, 11));
        assertEquals(List.of("by-region-asia-pacific.pdf", "by-region-europe.pdf", "by-region-latin-america.pdf",
                "by-region-north-america.pdf"), reports.stream().map(Report::fileName).toList());
        for (Report r : reports) {
            String region = r.title().substring("By region — ".length());
            long expected = data.salaries().stream().filter(o -> o.roleFamily().equals("SRE & ML Infrastructure")
                    && o.region().equals(region)).count();
            KeyFigure n = ((Block.KeyFigures) r.sections().get(0).blocks().get(0)).figures().get(0);
            assertEquals((int) expected, n.value(), region);
        }
    }

    @Test
    void burstValuesTooThinToPublishAnySalaryFigureAreSkippedAndListed() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Path t = Files.writeString(dir.resolve("t.md"), """
                ---
                title: By region
                output: by-region
                burst-by: region
                parameters:
                  population: {role_family: SRE & ML Infrastructure}
                ---
                # Figures
                Text.
                """);
        org.careerbench.diagnostics.Problems problems = new org.careerbench.diagnostics.Problems();
        ReportBuilder.Built built = new ReportBuilder(data).build(new TemplateLoader().load(t),
                new ReportContext(YearMonth.of(2026, 11), Builds.CREATED), problems);
        assertEquals(List.of("by-region-europe.pdf", "by-region-north-america.pdf"),
                built.reports().stream().map(Report::fileName).toList());
        assertEquals(2, built.skipped().size(), built.skipped().toString());
        long asia = data.salaries().stream().filter(o -> o.roleFamily().equals("SRE & ML Infrastructure")
                && o.region().equals("Asia-Pacific")).count();
        assertTrue(built.skipped().get(0).contains("region 'Asia-Pacific' skipped: " + asia + " observation"),
                built.skipped().get(0));
        assertTrue(built.skipped().get(0).contains("fewer than the 5 a report needs"), built.skipped().get(0));
    }

    @Test
    void aBurstReportHoldsWhatAReportOfItsGroupAloneHolds() throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        String body = """
                ---
                title: Pay
                %s
                parameters:
                  population: {role_family: SRE & ML Infrastructure%s}
                ---
                # Pay
                ```table
                source: benchmark
                rows: level
                statistics: [n, p25, p50, p75, mean]
                ```
                """;
        Path burst = Files.writeString(dir.resolve("burst.md"), body.formatted("burst-by: country", ""));
        Path alone = Files.writeString(dir.resolve("alone.md"), body.formatted("", ", country: US"));
        YearMonth run = YearMonth.of(2026, 11);
        Report us = Builds.all(new TemplateLoader().load(burst), data, run).stream()
                .filter(r -> r.title().endsWith("— US")).findFirst().orElseThrow();
        Report single = Builds.one(new TemplateLoader().load(alone), data, run);
        TableBlock fromBurst = (TableBlock) us.sections().get(0).blocks().get(0);
        TableBlock fromAlone = (TableBlock) single.sections().get(0).blocks().get(0);
        assertEquals(3, fromAlone.rows().size());
        assertEquals(fromAlone.rows(), fromBurst.rows());
    }

    @Test
    void fileNamesAreSafeOnEveryFilesystemAndNeverCollide() {
        assertEquals("sao-paulo-remote", FileNames.slug("São Paulo / Remote"));
        assertEquals("middle-east-africa", FileNames.slug("Middle East & Africa"));
        assertEquals("group", FileNames.slug("…"));
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertEquals("r-x", FileNames.unique("r-x", taken));
        assertEquals("R-X-2", FileNames.unique("R-X", taken), "compared ignoring case, for case-insensitive filesystems");
    }

    /**
     * Defect: a report of pay gaps alone filed the number of salary observations as its population,
     * with the salaries' aging date, so its "What changed" would move with a survey it never read.
     */
    @Test
    void aPayGapReportFiledTheSalaryObservationsAsItsPopulation() throws Exception {
        Report gaps = build("# Gap\n```table\nsource: pay-gap\nshow: summary\n```\n");
        assertTrue(gaps.figures().rows().stream().noneMatch(f -> f.block().equals("population")),
                gaps.figures().rows().toString());
        assertTrue(gaps.figures().effectiveDate().isEmpty(), "no salary was aged");
        assertEquals("pay gap eu, full time 40 h a week, n>=5 women and 5 men", gaps.figures().method());
        Report salaries = build("# B\n```table\nsource: benchmark\nrows: level\n```\n");
        assertEquals("population", salaries.figures().rows().get(0).block(), "a salary report still counts them");
    }
}
