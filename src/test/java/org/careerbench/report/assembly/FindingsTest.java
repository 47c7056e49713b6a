package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.Builds;
import org.careerbench.SampleSalaries;
import org.careerbench.report.Block;
import org.careerbench.report.Figure;
import org.careerbench.report.TextRun;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentences an analyst leads with: each number in them recomputed here from the sample's CSV
 * files, and each a figure of the block shown exactly as the sentence shows it.
 */
class FindingsTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Pattern NUMBER = Pattern.compile("[+\u2212]\\d+(?:\\.\\d)?%|n = [\\d,]+");

    @TempDir
    Path dir;

    private Made<List<Block>> findings(String yaml, ReportContext run, List<Figure> now) throws Exception {
        TemplateSpec spec = Contexts.template(dir, "pdf", "hr", "# A\n" + Contexts.fence("table",
                "source: findings" + yaml));
        BuildContext ctx = Contexts.of(spec);
        return new Findings(ctx, run, "t.pdf", new FigureNames(ctx, Map.of(), Map.of("Benchmark", "Pay by level")))
                .blocks(Contexts.block(spec, 0, TableSpec.Findings.class), "Findings", now);
    }

    private Made<List<Block>> findings(String yaml) throws Exception {
        return findings(yaml, new ReportContext(NOVEMBER, Builds.CREATED), List.of());
    }

    private static List<String> sentences(Made<List<Block>> made) {
        Block.Bullets list = (Block.Bullets) made.value().get(0);
        return list.items().stream().map(runs -> String.join("", runs.stream().map(TextRun::text).toList())).toList();
    }

    /** The midpoint of the published range of {@code level}, read from the CSV here. */
    private static double midpoint(String level) throws Exception {
        for (String line : Files.readAllLines(Path.of("input/salary-ranges.csv"))) {
            String[] c = line.split(",", -1);
            if (c[1].equals(level) && c[9].equals(level)) {
                return (Double.parseDouble(c[3]) + Double.parseDouble(c[4])) / 2;
            }
        }
        throw new AssertionError("no range for " + level);
    }

    private static double usMedian(String level) throws Exception {
        double[] aged = SampleSalaries.load().agedBaseSalaries(LocalDate.of(2026, 11, 1), 0.03, "role_family",
                "SRE & ML Infrastructure", "country", "US", "level", level);
        return SampleSalaries.percentile(aged, 0.5);
    }

    private static Figure figure(Made<List<Block>> made, String keys) {
        return made.figures().stream().filter(f -> f.keys().equals(keys)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + keys + " in " + made.figures()));
    }

    @Test
    void eachRangeIsSetAgainstTheMedianOfItsLevelAsTheCsvGivesIt() throws Exception {
        Made<List<Block>> made = findings("\nfilter: {country: US}");
        String first = sentences(made).get(0);
        for (String level : List.of("Entry", "Mid", "Senior")) {
            double gap = usMedian(level) / midpoint(level) - 1;
            Figure f = figure(made, "ranges | " + level);
            assertEquals(gap, f.value().getAsDouble(), 1e-9, level);
            assertTrue(gap > 0.1, level + " is above the band in the sample");
            assertTrue(first.contains(level + " " + f.shown() + " (n = " + f.n().getAsLong() + ")"), first);
        }
        assertTrue(first.startsWith("The published ranges look out of date: for people in SRE & ML "
                + "Infrastructure in US, the market median is 10% or more above the range midpoint"), first);
        // No US executive earns in the sample: no median, no comparison, and the sentence says so.
        assertTrue(sentences(made).get(1).contains("At Executive too few observations"), sentences(made).toString());
    }

    @Test
    void aWiderBandSplitsTheLevelsIntoAboveAndWithin() throws Exception {
        Made<List<Block>> made = findings("\nfilter: {country: US}\nband: 0.2");
        String first = sentences(made).get(0);
        assertTrue(first.startsWith("Against the published ranges for people in SRE & ML Infrastructure in US, "
                + "the market median lies 20% or more above the range midpoint at Entry"), first);
        assertTrue(first.contains("; within 20% of the range midpoint at Senior " + figure(made, "ranges | Senior")
                .shown()), first);
    }

    @Test
    void everyNumberOfASentenceIsAFigureOfTheBlockAndEveryFigureIsSaid() throws Exception {
        Made<List<Block>> made = findings("\nfilter: {country: US}\nby: [level, region]");
        String all = String.join("\n", sentences(made));
        Matcher m = NUMBER.matcher(all);
        int numbers = 0;
        while (m.find()) {
            numbers++;
            String said = m.group();
            assertTrue(made.figures().stream().anyMatch(f -> said.equals(f.shown())
                    || said.equals("n = " + f.n().orElse(-1))), said + " is no figure of " + made.figures());
        }
        assertTrue(numbers >= 4, all);
        for (Figure f : made.figures()) {
            assertTrue(all.contains(f.shown()), f + " is not said in:\n" + all);
        }
    }

    @Test
    void groupsTooThinForTheTailsOrForAnyFigureAreNamedWithTheirCount() throws Exception {
        Made<List<Block>> made = findings("\nby: [level, region]");
        Map<String, Integer> regions = new HashMap<>();
        List<String> lines = Files.readAllLines(Path.of("input/salaries.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[0].equals("SRE & ML Infrastructure")) {
                regions.merge(c[4], 1, Integer::sum);
            }
        }
        String all = String.join("\n", sentences(made));
        boolean anyThin = false;
        for (Map.Entry<String, Integer> e : regions.entrySet()) {
            int n = e.getValue();
            String said = e.getKey() + " (n = " + n + ")";
            if (n < 10) {
                anyThin = true;
                assertEquals((double) n, figure(made, "thin | region | " + e.getKey()).value().getAsDouble());
                assertTrue(all.contains(said), said + " not in:\n" + all);
            } else {
                assertFalse(all.contains(e.getKey() + " (n ="), all);
            }
        }
        assertTrue(anyThin, "the sample has a thin region: " + regions);
    }

    /** A table cell of the report now and the same cell a period earlier. */
    private static Figure cell(String keys, double value, long n) {
        return new Figure("Benchmark", keys, "p50", OptionalDouble.of(value), OptionalLong.of(n), false, "", "");
    }

    @Test
    void onlyMovementsOnEnoughObservationsInBothPeriodsAreToldLargestFirst() throws Exception {
        List<Figure> now = List.of(cell("Entry", 150_000, 8), cell("Mid", 180_000, 50), cell("Senior", 200_000, 84),
                cell("Executive", 250_000, 30));
        Earlier october = new Earlier(YearMonth.of(2026, 10), List.of(
                new Earlier.Row("t.pdf", cell("Entry", 100_000, 7), ""),
                new Earlier.Row("t.pdf", cell("Mid", 170_000, 45), ""),
                new Earlier.Row("t.pdf", cell("Senior", 196_000, 80), ""),
                new Earlier.Row("t.pdf", cell("Executive", 250_000, 12), ""),
                new Earlier.Row("other.pdf", cell("Senior", 100_000, 80), "")));
        ReportContext run = new ReportContext(NOVEMBER, Builds.CREATED, Optional.of(october), Optional.empty(),
                n -> List.of());
        Made<List<Block>> made = findings("\nfilter: {country: US}\ntop: 1", run, now);
        String movers = sentences(made).stream().filter(s -> s.startsWith("The largest movements")).findFirst()
                .orElseThrow();
        // Entry moved 50% on n = 7 then: a change of who answered, not told. Mid moved 5.9%, Senior 2.0%.
        Figure mid = figure(made, "moved | Benchmark | Mid | p50");
        assertEquals(10_000 / 170_000.0, mid.value().getAsDouble(), 1e-12);
        assertEquals("+5.9%", mid.shown());
        assertEquals("The largest movements of 5% or more since October 2026 among figures resting on 20 or more "
                + "observations in both periods: Pay by level: Mid, P50, +5.9% to $180,000 (n = 45 then, 50 now).",
                movers);
        assertTrue(made.figures().stream().noneMatch(f -> f.keys().contains("Entry | p50")), made.figures().toString());
    }

    @Test
    void movementsBelowTheThresholdAreNoneButTheLargestIsNamed() throws Exception {
        List<Figure> now = List.of(cell("Mid", 180_000, 50), cell("Senior", 200_000, 84));
        Earlier october = new Earlier(YearMonth.of(2026, 10), List.of(
                new Earlier.Row("t.pdf", cell("Mid", 170_000, 45), ""),
                new Earlier.Row("t.pdf", cell("Senior", 196_000, 80), "")));
        ReportContext run = new ReportContext(NOVEMBER, Builds.CREATED, Optional.of(october), Optional.empty(),
                n -> List.of());
        Made<List<Block>> made = findings("\nthreshold: 0.1", run, now);
        assertTrue(sentences(made).contains("Since October 2026, no pay figure resting on 20 or more observations in "
                + "both periods moved by 10% or more; the largest movement: Pay by level: Mid, P50, +5.9% to $180,000 "
                + "(n = 45 then, 50 now)."), sentences(made).toString());
        assertEquals(1, made.figures().stream().filter(f -> f.keys().startsWith("moved")).count());
    }

    @Test
    void withNoMovementOnEnoughObservationsTheSentenceSaysWhy() throws Exception {
        List<Figure> now = List.of(cell("Entry", 150_000, 8));
        Earlier october = new Earlier(YearMonth.of(2026, 10), List.of(new Earlier.Row("t.pdf", cell("Entry",
                100_000, 7), "")));
        ReportContext run = new ReportContext(NOVEMBER, Builds.CREATED, Optional.of(october), Optional.empty(),
                n -> List.of());
        assertTrue(sentences(findings("", run, now)).contains("No pay figure rests on 20 or more observations both "
                + "in October 2026 and now, so no movement since October 2026 is told: with fewer, a change of who "
                + "answered moves a figure more than pay does."));
    }

    /** The career report's figures of {@code period} in {@code output}: "block|keys|statistic" to the row. */
    private static Map<String, org.apache.commons.csv.CSVRecord> published(Path output, String period)
            throws Exception {
        Map<String, org.apache.commons.csv.CSVRecord> rows = new HashMap<>();
        try (var p = org.apache.commons.csv.CSVParser.builder().setPath(output.resolve(period).resolve("figures.csv"))
                .setCharset(java.nio.charset.StandardCharsets.UTF_8).setFormat(org.apache.commons.csv.CSVFormat.RFC4180
                        .builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (var r : p) {
                if (r.get("report").equals("career-report.pdf")) {
                    rows.put(r.get("block") + "|" + r.get("keys") + "|" + r.get("statistic"), r);
                }
            }
        }
        return rows;
    }

    @Test
    void theShippedReportTellsTheMovementsTheTwoFigureFilesHoldAndSaysEveryFigureItPublishes() throws Exception {
        Path output = dir.resolve("output");
        PeriodInputs.octoberThenNovember(PeriodInputs.thinned(dir.resolve("thinned"), 4), output);
        Map<String, org.apache.commons.csv.CSVRecord> october = published(output, "2026-10");
        Map<String, org.apache.commons.csv.CSVRecord> november = published(output, "2026-11");
        String text = org.careerbench.PdfFacts.read(output.resolve("2026-11/career-report.pdf")).text()
                .replaceAll("\\s+", " ");
        double smallestTold = Double.MAX_VALUE;
        java.util.Set<String> toldPairs = new java.util.HashSet<>();
        int told = 0;
        for (var e : november.entrySet()) {
            if (!e.getKey().startsWith("Findings|")) {
                continue;
            }
            var row = e.getValue();
            assertTrue(text.contains(row.get("shown")), row.get("shown") + " of " + e.getKey() + " not in the PDF");
            if (!row.get("keys").startsWith("moved | ")) {
                continue;
            }
            String[] k = row.get("keys").substring("moved | ".length()).split(" \\| ");
            String of = k[0] + "|" + String.join(" | ", List.of(k).subList(1, k.length - 1)) + "|" + k[k.length - 1];
            double then = Double.parseDouble(october.get(of).get("value"));
            double now = Double.parseDouble(november.get(of).get("value"));
            assertEquals((now - then) / then, Double.parseDouble(row.get("value")), 1e-12, of);
            assertTrue(Long.parseLong(october.get(of).get("n")) >= 20 && Long.parseLong(november.get(of).get("n")) >= 20);
            smallestTold = Math.min(smallestTold, Math.abs((now - then) / then));
            toldPairs.add(then + "|" + now);
            told++;
        }
        assertTrue(told >= 1 && told <= 3, "the shipped template tells up to three movements: " + told);
        // No comparable pay figure moved more than the smallest movement told, unless it is one told under another name.
        for (var e : november.entrySet()) {
            var was = october.get(e.getKey());
            var row = e.getValue();
            if (was == null || e.getKey().startsWith("Findings|") || !List.of("p10", "p25", "p50", "p75", "p90",
                    "mean").contains(row.get("statistic")) || row.get("value").isEmpty() || was.get("value").isEmpty()
                    || row.get("n").isEmpty() || Long.parseLong(row.get("n")) < 20 || Long.parseLong(was.get("n")) < 20) {
                continue;
            }
            double then = Double.parseDouble(was.get("value"));
            double now = Double.parseDouble(row.get("value"));
            assertTrue(Math.abs((now - then) / then) <= smallestTold + 1e-12 || toldPairs.contains(then + "|" + now),
                    e.getKey() + " moved more than a movement told");
        }
        assertTrue(text.contains("since October 2026 among figures resting on 20 or more observations in both "
                + "periods:") || text.contains("Since October 2026, no pay figure resting on 20 or more observations"),
                text);
    }

    @Test
    void theFiguresVintageIsSaidWithTheMonthsCountedFromTheNewestYear() throws Exception {
        Made<List<Block>> made = findings("");
        int newest = 0;
        List<String> lines = Files.readAllLines(Path.of("input/salaries.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[0].equals("SRE & ML Infrastructure")) {
                newest = Math.max(newest, Integer.parseInt(c[c.length - 1]));
            }
        }
        // Whole months from 1 July of the newest year to the November 2026 effective date.
        long months = (2026 - newest) * 12L + 11 - 7;
        Figure age = figure(made, "age | " + newest);
        assertEquals((double) months, age.value().getAsDouble());
        assertTrue(sentences(made).contains("The newest salaries were paid in " + newest + " and are " + months
                + " months old at the effective date; every figure is aged to 1 November 2026, compound at 3% a year, "
                + "so read it as an estimate of pay today, not a record of it."), sentences(made).toString());
    }

    @Test
    void theFirstPeriodTellsNoMovementAtAll() throws Exception {
        assertTrue(sentences(findings("")).stream().noneMatch(s -> s.contains("since")));
    }
}
