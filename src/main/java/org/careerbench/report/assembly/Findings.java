package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.PayElement;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.Block;
import org.careerbench.report.Figure;
import org.careerbench.report.TextRun;
import org.careerbench.report.Words;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * The few sentences an analyst leads with, written from figures the report publishes: where the
 * published ranges stand against the observed medians, the largest movements since the last
 * period that rest on enough observations in both, and the groups too thin for figures. Every
 * number a sentence states is a figure of this block in figures.csv, shown there exactly as the
 * sentence shows it, so a reader can trace each one.
 */
final class Findings {
    /** The pay statistics whose movements are told: money, never counts or growth rates. */
    private static final Set<String> PAY = Set.of("p10", "p25", "p50", "p75", "p90", "mean");

    private final BuildContext ctx;
    private final ReportContext run;
    private final String report;
    private final FigureNames names;

    /**
     * @param report the deliverable's file name, which matches its rows in the earlier figures file
     * @param names  how the report names its figures to readers
     */
    Findings(BuildContext ctx, ReportContext run, String report, FigureNames names) {
        this.ctx = ctx;
        this.run = run;
        this.report = report;
        this.names = names;
    }

    /** The findings as a list, made once every other block of the report has put its figures in {@code now}. */
    Made<List<Block>> blocks(TableSpec.Findings spec, String name, List<Figure> now) throws BlockProblem {
        FigureLog figures = new FigureLog();
        List<String> sentences = new ArrayList<>();
        sentences.addAll(ranges(spec, name, figures));
        movers(spec, name, now, figures).ifPresent(sentences::add);
        sentences.addAll(thin(spec, name, figures));
        age(name, figures).ifPresent(sentences::add);
        List<List<TextRun>> items = sentences.stream().map(s -> List.of(TextRun.plain(s))).toList();
        return new Made<>(List.of(new Block.Bullets(items, false)), figures.rows(), List.of());
    }

    /** Each published range's midpoint against the observed median of its level, as one or two sentences. */
    private List<String> ranges(TableSpec.Findings spec, String name, FigureLog figures) throws BlockProblem {
        Words w = ctx.words();
        SalaryFilter filter = ctx.filter(spec.filter());
        List<SalaryObservation> observed = ctx.population().select(filter);
        Map<String, List<String>> by = new LinkedHashMap<>();
        List<String> withheld = new ArrayList<>();
        if (ctx.references().ranges().stream().noneMatch(r -> r.currency().equals(ctx.currency()))) {
            return List.of(w.get("findings.ranges.absent", ctx.phrases().people().group(filter.and(ctx.population().filter())), ctx.currency()));
        }
        for (PublishedRange r : ctx.references().ranges()) {
            if (!r.currency().equals(ctx.currency()) || r.observedLevel().isEmpty()) {
                continue;
            }
            String level = ctx.phrases().groups().shown(r.observedLevel());
            List<SalaryObservation> cell = observed.stream().filter(o -> o.level().equals(r.observedLevel())).toList();
            CellStatistics stats = ctx.valuation().cell(cell, PayElement.BASE);
            if (!(ctx.valuation().shown(stats, Statistic.P50) instanceof Double p50)) {
                withheld.add(level);
                continue;
            }
            double gap = p50 / r.midpoint() - 1;
            String shown = w.format().signedPercent(gap);
            figures.add(name, "ranges | " + r.level(), "median_vs_midpoint", gap, stats.n(), false, "", shown);
            String side = gap >= spec.band() ? "above" : gap <= -spec.band() ? "below" : "within";
            by.computeIfAbsent(side, k -> new ArrayList<>()).add(w.get("findings.ranges.level", level, shown,
                    w.format().count(stats.n())));
        }
        List<String> sentences = new ArrayList<>();
        String band = w.format().percent(spec.band());
        String where = ctx.phrases().people().group(filter.and(ctx.population().filter()));
        if (by.size() == 1) {
            String side = by.keySet().iterator().next();
            sentences.add(w.get("findings.ranges.all." + side, list(w, by.get(side)), band, where));
        } else if (!by.isEmpty()) {
            List<String> parts = new ArrayList<>();
            by.forEach((side, levels) -> parts.add(w.get("findings.ranges.part." + side, list(w, levels), band)));
            sentences.add(w.get("findings.ranges.mixed", String.join("; ", parts), where));
        } else if (withheld.isEmpty()) {
            sentences.add(w.get("findings.ranges.none", where));
        }
        if (!withheld.isEmpty()) {
            sentences.add(w.get("findings.ranges.withheld", list(w, withheld)));
        }
        return sentences;
    }

    /**
     * The largest movements of pay figures since the last period that rest on enough observations
     * then and now; nothing in the first period, which "What changed" already names.
     */
    private java.util.Optional<String> movers(TableSpec.Findings spec, String name, List<Figure> now, FigureLog figures) {
        Words w = ctx.words();
        if (run.earlier().isEmpty()) {
            return java.util.Optional.empty();
        }
        Earlier earlier = run.earlier().get();
        String since = w.format().month(earlier.period());
        Map<String, Figure> before = new LinkedHashMap<>();
        for (Earlier.Row r : earlier.rows()) {
            if (r.report().equals(report)) {
                before.put(key(r.figure()), r.figure());
            }
        }
        record Move(Figure now, Figure then, double share) {
        }
        List<Move> moves = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Figure f : now) {
            Figure was = before.get(key(f));
            if (was == null || !PAY.contains(f.statistic()) || f.value().isEmpty() || was.value().isEmpty()
                    || f.n().isEmpty() || was.n().isEmpty() || was.value().getAsDouble() == 0
                    || f.n().getAsLong() < spec.minimumN() || was.n().getAsLong() < spec.minimumN()) {
                continue;
            }
            // A key figure and the table cell it repeats are one movement, told once under the first name.
            if (seen.add(f.statistic() + "\u0000" + was.value().getAsDouble() + "\u0000" + f.value().getAsDouble())) {
                double old = was.value().getAsDouble();
                moves.add(new Move(f, was, (f.value().getAsDouble() - old) / Math.abs(old)));
            }
        }
        if (moves.isEmpty()) {
            return java.util.Optional.of(w.get("findings.movers.none", since, spec.minimumN()));
        }
        moves.sort(Comparator.comparingDouble((Move m) -> -Math.abs(m.share())));
        List<Move> told = moves.stream().filter(m -> Math.abs(m.share()) >= spec.threshold()).limit(spec.top())
                .toList();
        List<String> phrases = new ArrayList<>();
        for (Move m : told.isEmpty() ? moves.subList(0, 1) : told) {
            String shown = w.format().signedPercent(m.share());
            String money = w.format().money(m.now().value().getAsDouble(), ctx.currency());
            figures.add(name, "moved | " + m.now().block() + (m.now().keys().isEmpty() ? "" : " | " + m.now().keys())
                    + " | " + m.now().statistic(), "change", m.share(), m.now().n().getAsLong(), false, "", shown);
            phrases.add(w.get("findings.movers.one", names.of(m.now()), names.statistic(m.now().statistic()), shown,
                    money, w.format().count(m.then().n().getAsLong()), w.format().count(m.now().n().getAsLong())));
        }
        String threshold = w.format().percent(spec.threshold());
        return java.util.Optional.of(told.isEmpty()
                ? w.get("findings.movers.small", since, threshold, spec.minimumN(), phrases.get(0))
                : w.get("findings.movers", since, list(w, phrases), spec.minimumN(), threshold));
    }

    /** The groups of each {@code by} column with too few observations for the central figures, or for the tails. */
    private List<String> thin(TableSpec.Findings spec, String name, FigureLog figures) throws BlockProblem {
        Words w = ctx.words();
        SalaryFilter filter = ctx.filter(spec.filter());
        List<SalaryObservation> observed = ctx.population().select(filter);
        int central = ctx.valuation().rule().minCentral();
        int tails = ctx.valuation().rule().minTails();
        List<String> none = new ArrayList<>();
        List<String> few = new ArrayList<>();
        for (SalaryDimension d : spec.by()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            observed.forEach(o -> counts.merge(d.valueOf(o), 1, Integer::sum));
            List<Map.Entry<String, Integer>> ordered = new ArrayList<>(counts.entrySet());
            ordered.sort(Map.Entry.comparingByKey(ctx.order()));
            for (Map.Entry<String, Integer> e : ordered) {
                int n = e.getValue();
                if (n >= tails) {
                    continue;
                }
                String group = ctx.phrases().groups().shown(d, e.getKey());
                String count = w.format().count(n);
                figures.add(name, "thin | " + d.column() + " | " + e.getKey(), "n", (double) n, n, false, "", count);
                (n < central ? none : few).add(w.get("findings.thin.group", group, count));
            }
        }
        List<String> sentences = new ArrayList<>();
        String where = ctx.phrases().people().group(filter.and(ctx.population().filter()));
        if (!none.isEmpty()) {
            sentences.add(w.get("findings.thin.central", list(w, none), central, where));
        }
        if (!few.isEmpty()) {
            sentences.add(w.get("findings.thin.tails", list(w, few), tails, where));
        }
        if (sentences.isEmpty()) {
            sentences.add(w.get("findings.thin.none", tails, where));
        }
        return sentences;
    }

    /** How old the newest salaries are at the effective date, and how they were aged: the figures' vintage. */
    private java.util.Optional<String> age(String name, FigureLog figures) {
        java.util.IntSummaryStatistics years = ctx.population().observations().stream()
                .mapToInt(SalaryObservation::year).summaryStatistics();
        if (years.getCount() == 0) {
            return java.util.Optional.empty();
        }
        Words w = ctx.words();
        long months = ctx.valuation().months(years.getMax());
        String year = Integer.toString(years.getMax());
        figures.add(name, "age | " + year, "months", (double) months, years.getCount(), false, "",
                w.format().count(months));
        return java.util.Optional.of(ctx.valuation().aging().method() == org.careerbench.stats.Aging.Method.NONE
                ? w.get("findings.age.none", year, w.format().count(months))
                : w.get("findings.age", year, w.format().count(months), ctx.phrases().agingText()));
    }

    /** "a", "a and b", "a, b and c" in the report's language. */
    private static String list(Words w, List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + w.get("findings.and") + items.get(
                items.size() - 1);
    }

    private static String key(Figure f) {
        return f.block() + "\u0000" + f.keys() + "\u0000" + f.statistic();
    }
}
