package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerbench.PdfFacts;
import org.careerbench.SampleInput;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, tried as a new user would: 2026-10 published from the sample with every tenth
 * observation removed, then 2026-11 from the full sample. November's career report says what
 * changed since October, each change equal to what this test computes from the two periods'
 * figure files; October's says it is the first published period.
 */
class ChangesTest {
    @TempDir
    static Path dir;
    static Path output;
    static Path thinned;

    @BeforeAll
    static void publishTwoPeriods() throws Exception {
        thinned = PeriodInputs.thinned(dir.resolve("thinned"), 10);
        output = dir.resolve("output");
        PeriodInputs.octoberThenNovember(thinned, output);
    }

    @Test
    void octoberIsTheFirstPublishedPeriod() throws Exception {
        String text = flat(PdfFacts.read(output.resolve("2026-10/career-report.pdf")).text());
        assertTrue(text.contains("This is the first published period (October 2026)"), text);
    }

    @Test
    void novemberShowsEachChangeTheFigureFilesHold() throws Exception {
        Map<String, Double> october = figures("2026-10");
        Map<String, Double> november = figures("2026-11");
        Map<String, Long> octoberN = counts("2026-10");
        Map<String, Long> novemberN = counts("2026-11");
        String text = flat(PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text());
        assertTrue(text.contains("What changed since October 2026"), text);
        int shown = 0;
        for (Map.Entry<String, Double> now : november.entrySet()) {
            Double before = october.get(now.getKey());
            // The findings restate other figures (a median against a range, a movement): told there, not here.
            if (before == null || now.getValue() == null || before == 0 || now.getKey().startsWith("Findings|")) {
                continue;
            }
            double change = now.getValue() - before;
            if (Math.abs(change / before) >= 0.05) {
                // The row's change, as the report formats it — a count as a count, pay as money, signed — is in
                // the table; on fewer than 20 observations then or now it is no movement, and the row says why.
                long whole = Math.round(change);
                Long a = octoberN.get(now.getKey());
                Long b = novemberN.get(now.getKey());
                String expected = a != null && b != null && (a < 20 || b < 20)
                        ? "not comparable: n = " + a + " then, " + b + " now; fewer than 20 observations"
                        : (whole < 0 ? "\u2212" : "+") + String.format(java.util.Locale.US,
                                now.getKey().endsWith("|n") ? "%,d" : "$%,d", Math.abs(whole));
                assertTrue(text.contains(expected), now.getKey() + " changed by " + expected);
                shown++;
            }
        }
        assertTrue(shown >= 3, "changes of 5% or more: " + shown);
        assertTrue(text.contains("Salary observations in the population n 141 156 +15 +10.6%"), "population row: " + text);
    }

    @Test
    void theSamePeriodAYearEarlierIsComparedToo() throws Exception {
        Path out = dir.resolve("with-a-year");
        PeriodPublisher publisher = new PeriodPublisher(RunLog.SILENT,
                java.time.Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new RunOptions(thinned, Path.of("templates"), out, YearMonth.of(2025, 11), "test"), false);
        publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 10), "test"),
                false);
        publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 11), "test"),
                false);
        String text = flat(PdfFacts.read(out.resolve("2026-11/career-report.pdf")).text());
        assertTrue(text.contains("No figure moved by 5% or more since October 2026"), text);
        assertTrue(text.contains("What changed since November 2025"), text);
        assertTrue(text.contains("Salary observations in the population n 141 156 +15 +10.6%"), text);
    }

    @Test
    void novemberSaysWhatChangedInTheDataItself() throws Exception {
        Path october = Files.createDirectories(dir.resolve("october-data"));
        SampleInput.copyTo(october);
        Files.copy(thinned.resolve("salaries.csv"), october.resolve("salaries.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path ranges = october.resolve("salary-ranges.csv");
        Files.writeString(ranges, Files.readString(ranges).replace("Mid-level SRE (3-5 years),120000,160000",
                "Mid-level SRE (3-5 years),115000,160000"));
        Path skills = october.resolve("skills.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(skills));
        lines.remove(lines.size() - 1);
        Files.write(skills, lines);
        Path out = dir.resolve("data-changes");
        PeriodPublisher publisher = new PeriodPublisher(RunLog.SILENT,
                java.time.Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new RunOptions(october, Path.of("templates"), out, YearMonth.of(2026, 10), "test"), false);
        publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 11), "test"),
                false);
        String text = flat(PdfFacts.read(out.resolve("2026-11/career-report.pdf")).text());
        long keptThen = kept(out.resolve("2026-10/manifest.json"));
        long keptNow = kept(out.resolve("2026-11/manifest.json"));
        assertTrue(keptNow > keptThen);
        String rows = "Rows kept from salaries " + String.format(java.util.Locale.US, "%,d %,d %,d", keptThen, keptNow,
                keptNow - keptThen);
        assertTrue(text.contains("What changed in the data since October 2026"), text);
        assertTrue(text.contains(rows), rows + " in " + text);
        assertTrue(text.contains("Published range Individual contributor, Mid: Min 115,000 120,000 5,000"), text);
        assertTrue(!text.contains("Published range Individual contributor, Mid: Max"), "an unchanged end is not listed");
        String lastSkill = Files.readAllLines(Path.of("input/skills.csv")).get(lines.size()).split(",")[1];
        assertTrue(text.contains("Rank of " + lastSkill + " among skills in demand"), lastSkill + " in " + text);
        assertTrue(text.matches(".*Rank of " + java.util.regex.Pattern.quote(lastSkill)
                + " among skills in demand \\d+ new.*"), "a new skill says so: " + text);
    }

    @Test
    void anEarlierFiguresFileThatCannotBeReadIsADataWarningNotASilentGap() throws Exception {
        Path out = dir.resolve("broken-earlier");
        PeriodPublisher publisher = new PeriodPublisher(RunLog.SILENT,
                java.time.Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), java.time.ZoneOffset.UTC));
        publisher.publish(new RunOptions(thinned, Path.of("templates"), out, YearMonth.of(2026, 10), "test"), false);
        Path figures = out.resolve("2026-10/figures.csv");
        Files.writeString(figures, "period,report\n2026-10,career-report.pdf\n");
        RunOptions november = new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 11),
                "test");
        org.careerbench.batch.RunFailure refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.careerbench.batch.RunFailure.class, () -> publisher.publish(november.withStrict(true), false));
        assertTrue(refused.getMessage().contains("an earlier period's figures could not be read"), refused.getMessage());
        var result = publisher.publish(november, false).result();
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("could not be read, so no change is shown")),
                result.warnings().toString());
        assertTrue(Files.readString(out.resolve("2026-11/manifest.json")).contains("could not be read"));
    }

    private static long kept(Path manifest) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile());
        for (var input : json.path("inputs")) {
            if (input.path("dataset").asText().equals("salaries")) {
                return input.path("rows_kept").asLong();
            }
        }
        throw new AssertionError("no salaries in " + manifest);
    }

    /** The career report's figures of a period: "block|keys|statistic" to value (null when withheld). */
    private static Map<String, Double> figures(String period) throws Exception {
        Map<String, Double> figures = new HashMap<>();
        try (CSVParser p = CSVParser.builder().setPath(output.resolve(period).resolve("figures.csv"))
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : p) {
                if (r.get("report").equals("career-report.pdf")) {
                    figures.put(r.get("block") + "|" + r.get("keys") + "|" + r.get("statistic"),
                            r.get("value").isEmpty() ? null : Double.parseDouble(r.get("value")));
                }
            }
        }
        assertEquals(false, figures.isEmpty());
        return figures;
    }

    /** Each figure's n, where it rests on observations. */
    private static Map<String, Long> counts(String period) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (CSVParser p = CSVParser.builder().setPath(output.resolve(period).resolve("figures.csv"))
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : p) {
                if (r.get("report").equals("career-report.pdf") && !r.get("n").isEmpty()) {
                    counts.put(r.get("block") + "|" + r.get("keys") + "|" + r.get("statistic"), Long.parseLong(r.get("n")));
                }
            }
        }
        return counts;
    }

    @Test
    void aFigureShownInATableAndInTheChartOfANarrowerGroupIsListedOnce(@TempDir Path d) {
        org.careerbench.template.TemplateSpec spec = Contexts.template(d, "pdf", "hr", "# A\n"
                + Contexts.fence("table", "source: changes"));
        BuildContext ctx = Contexts.of(spec);
        java.util.function.BiFunction<String, String, org.careerbench.report.Figure> now = (block, keys) ->
                new org.careerbench.report.Figure(block, keys, "p50", java.util.OptionalDouble.of(146_628),
                        java.util.OptionalLong.of(61), false, "", "");
        java.util.function.BiFunction<String, String, Earlier.Row> then = (block, keys) -> new Earlier.Row("t.pdf",
                new org.careerbench.report.Figure(block, keys, "p50", java.util.OptionalDouble.of(134_010),
                        java.util.OptionalLong.of(48), false, "", ""), "");
        Earlier october = new Earlier(YearMonth.of(2026, 10), List.of(then.apply("Benchmark2", "Europe | Senior"),
                then.apply("BenchmarkData2", "Europe")));
        ReportContext run = new ReportContext(YearMonth.of(2026, 11), org.careerbench.Builds.CREATED,
                java.util.Optional.of(october), java.util.Optional.empty(), n -> List.of());
        List<org.careerbench.report.Block> blocks = new Changes(ctx, run, "t.pdf", Map.of(), Map.of("Benchmark2",
                "Base salary by region and level", "BenchmarkData2", "Median by region, senior")).blocks(
                Contexts.block(spec, 0, org.careerbench.template.TableSpec.Changes.class), "changes",
                List.of(now.apply("Benchmark2", "Europe | Senior"), now.apply("BenchmarkData2", "Europe")));
        org.careerbench.report.TableBlock table = (org.careerbench.report.TableBlock) blocks.stream()
                .filter(b -> b instanceof org.careerbench.report.TableBlock).findFirst().orElseThrow();
        assertEquals(1, table.rows().size(), table.rows().toString());
        assertEquals("Base salary by region and level: Europe, Senior", table.rows().get(0).get(0));
    }

    /**
     * Defect: the pay gap report's "What changed" showed its gaps and shares as money ("$0"), their
     * changes as percents of percents ("−6,624.1%"), its statistics as "GAP" and "VALUE", and said
     * its input data was unchanged after the roster changed. Now a gap's change is in points, each
     * figure is named in the reader's words, and the salary input's changes are left out.
     */
    @Test
    void payGapChangesWereShownAsMoneyAndAsPercentsOfPercents(@TempDir Path d) {
        org.careerbench.template.TemplateSpec spec = Contexts.template(d, "pdf", "public", "# A\n"
                + Contexts.fence("table", "source: pay-gap\nshow: summary") + Contexts.fence("table", "source: changes"));
        BuildContext ctx = Contexts.of(spec);
        java.util.function.Function<Double, org.careerbench.report.Figure> gap = v -> new org.careerbench.report.Figure(
                "PayGap", "mean", "gap", java.util.OptionalDouble.of(v), java.util.OptionalLong.of(176), false,
                "Mean hourly pay \u2014 Gap", "");
        java.util.function.Function<Double, org.careerbench.report.Figure> tiny = v -> new org.careerbench.report.Figure(
                "Categories", "Engineer I", "basic gap", java.util.OptionalDouble.of(v), java.util.OptionalLong.of(30),
                false, "Engineer I \u2014 Basic pay gap", "");
        Earlier before = new Earlier(YearMonth.of(2026, 11), List.of(new Earlier.Row("t.pdf", gap.apply(0.142), ""),
                new Earlier.Row("t.pdf", tiny.apply(-0.002), ""), new Earlier.Row("", new org.careerbench.report.Figure(
                        "input", "salaries", "kept", java.util.OptionalDouble.of(1), java.util.OptionalLong.empty(),
                        false, "", ""), "")));
        ReportContext run = new ReportContext(YearMonth.of(2026, 12), org.careerbench.Builds.CREATED,
                java.util.Optional.of(before), java.util.Optional.empty(), n -> List.of());
        List<org.careerbench.report.Block> blocks = new Changes(ctx, run, "t.pdf", Map.of(), Map.of()).blocks(
                Contexts.block(spec, 1, org.careerbench.template.TableSpec.Changes.class), "changes",
                List.of(gap.apply(0.087), tiny.apply(-0.006)));
        List<org.careerbench.report.TableBlock> tables = blocks.stream().filter(b -> b instanceof
                org.careerbench.report.TableBlock).map(b -> (org.careerbench.report.TableBlock) b).toList();
        assertEquals(1, tables.size(), "the gaps' table only; no table of the salary input: " + blocks);
        org.careerbench.report.TableBlock t = tables.get(0);
        assertEquals(List.of("Figure", "November 2026", "Now", "Change (points)"), t.columns().stream()
                .map(org.careerbench.report.TableColumn::header).toList());
        assertEquals(org.careerbench.report.ValueType.PERCENT, t.columns().get(1).type());
        assertEquals(1, t.rows().size(), "a move of 0.4 points is not one: " + t.rows());
        assertEquals("Mean hourly pay \u2014 Gap", t.rows().get(0).get(0));
        assertEquals(0.087 - 0.142, (Double) t.rows().get(0).get(3), 1e-12);
        assertTrue(blocks.stream().noneMatch(b -> b.toString().contains("input data is as it was")), blocks.toString());
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
