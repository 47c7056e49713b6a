package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.PayElement;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.Block;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.RangeSeries;
import org.careerbench.report.ChartType;
import org.careerbench.report.SeriesStyle;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.diagnostics.Problem;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.ComplementarySuppression;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.ChartSpec;

/** Builds chart blocks, each over a data table made from the same statistics as the tables. */
final class ChartBlocks {
    private final BuildContext ctx;
    private final Words w;
    private final SalaryTables salaries;
    private final ReferenceTables references;

    ChartBlocks(BuildContext ctx) {
        this.w = ctx.words();

        this.ctx = ctx;
        this.salaries = new SalaryTables(ctx);
        this.references = new ReferenceTables(ctx);
    }

    /**
     * A chart, or a note saying why there is none (pay mix without bonus or equity data), with the
     * figures its data table publishes.
     */
    Made<Block> chart(ChartSpec spec, String name) throws BlockProblem {
        if (spec instanceof ChartSpec.Benchmark b) {
            return benchmark(b, name);
        }
        return Made.of(drawn(spec, name));
    }

    private Block drawn(ChartSpec spec, String name) throws BlockProblem {
        if (spec instanceof ChartSpec.Market m) {
            return market(m, name);
        }
        if (spec instanceof ChartSpec.Skills k) {
            TableBlock data = references.skills(name, "", k.top(), k.lines());
            return new ChartBlock(k.title().isEmpty() ? w.get("skills.title") : k.title(), k.type(), data, 1,
                    List.of(3), or(k.axes().category(), w.get("skills.skill")), or(k.axes().value(),
                    w.get("skills.index")), String.join(" ", data.footnotes().stream()
                            .filter(n -> !n.equals(references.shareNote())).toList()),
                    altText(k.type(), w.get("skills.alt"), data));
        }
        if (spec instanceof ChartSpec.Ranges r) {
            return range(r, name);
        }
        if (spec instanceof ChartSpec.PayMix p) {
            return payMix(p, name);
        }
        if (spec instanceof ChartSpec.PayGap g) {
            return new QuartileBandTables(ctx).chart(g, name);
        }
        // A benchmark chart is made with its figures above; a history chart is built in its section's place; anything else is a new source no one builds.
        throw new IllegalStateException("no builder for a chart with source '" + spec.source() + "'");
    }

    private static String or(String written, String fallback) {
        return written.isEmpty() ? fallback : written;
    }

    private Made<Block> benchmark(ChartSpec.Benchmark spec, String name) throws BlockProblem {
        PayElement pay = spec.pay().orElse(ctx.pay());
        PayElements.require(ctx, pay, spec.lines());
        Made<TableBlock> made = salaries.benchmark(name, "", List.of(spec.rows()), spec.filter(), spec.statistics(),
                pay, spec.order());
        TableBlock data = withCounts(made, spec.rows());
        List<Integer> series = new ArrayList<>();
        for (int i = 1; i < data.columns().size(); i++) {
            if (data.columns().get(i).type() == ValueType.MONEY) {
                series.add(i);
            }
        }
        if (series.isEmpty()) {
            throw ctx.refuse(spec.lines(), "statistics", Problem.Kind.UNKNOWN_VALUE, "a benchmark chart needs at "
                    + "least one money statistic (mean, p10 … p90), found " + spec.statistics().stream()
                    .map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        String by = data.columns().get(0).header().toLowerCase(w.locale());
        ChartType type = spec.type();
        String title = spec.title();
        ChartBlock chart = new ChartBlock(title.isEmpty() ? w.get("chart.pay.title", by) : title, type, data, 0,
                series, or(spec.axes().category(), data.columns().get(0).header()),
                or(spec.axes().value(), ctx.words().capitalised(ctx.phrases().pay(pay)) + " (" + ctx.currency() + ")"),
                String.join(" ", data.footnotes()), altText(type, w.get("chart.pay.alt", by), data));
        return new Made<>(chart, made.figures(), made.warnings());
    }

    /**
     * The chart's data with each category's n in its label ("Europe (n = 6)"): a reader compares bars
     * knowing how many people stand behind each, and a bar on six is never read like one on eighty.
     */
    private TableBlock withCounts(Made<TableBlock> made, SalaryDimension column) {
        TableBlock data = made.value();
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (org.careerbench.report.Figure f : made.figures()) {
            f.n().ifPresent(n -> counts.putIfAbsent(ctx.phrases().groups().shown(column, f.keys()), n));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : data.rows()) {
            List<Object> labelled = new ArrayList<>(row);
            Long n = counts.get(String.valueOf(row.get(0)));
            if (n != null) {
                labelled.set(0, w.get("chart.category.n", row.get(0), n));
            }
            rows.add(labelled);
        }
        return new TableBlock(data.name(), data.caption(), data.columns(), rows, data.footnotes());
    }

    /** Stated values as markers over the whole series as a dashed line, so derived years look derived. */
    private ChartBlock market(ChartSpec.Market spec, String name) throws BlockProblem {
        List<MarketIndicator> series = references.series(spec.indicator(), spec.lines());
        ChartType type = spec.type();
        String title = spec.title();
        MarketIndicator first = series.get(0);
        boolean percent = first.unit().equals("percent");
        ValueType valueType = percent ? ValueType.PERCENT : ValueType.DECIMAL;
        List<TableColumn> columns = List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.YEAR), ValueType.YEAR),
                TableColumn.of(references.valueHeader(first.unit()), valueType),
                TableColumn.of(w.get("market.stated"), valueType));
        List<List<Object>> rows = new ArrayList<>();
        for (MarketIndicator m : series) {
            double v = percent ? m.value() / 100 : m.value();
            rows.add(Arrays.asList(m.year(), v, m.stated() ? v : null));
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        boolean derived = series.stream().anyMatch(m -> !m.stated());
        List<SeriesStyle> styles = List.of(derived ? SeriesStyle.DASHED : SeriesStyle.SOLID, SeriesStyle.MARKERS);
        return new ChartBlock(title.isEmpty() ? first.indicator() : title, type, data, 0, List.of(1, 2),
                or(spec.axes().category(), ctx.phrases().heading(SalaryDimension.YEAR)), or(spec.axes().value(),
                        first.indicator() + " (" + first.unit() + ")"), w.get(derived ? "market.note.derived"
                        : "market.note", first.source()),
                altText(type, w.get("market.alt", first.indicator()), data), styles);
    }

    /** P10–P90 of each level beside the published range of that level. */
    private ChartBlock range(ChartSpec.Ranges spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        PayElement pay = spec.pay().orElse(ctx.pay());
        PayElements.require(ctx, pay, spec.lines());
        String title = spec.title();
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.LEVEL),
                ValueType.TEXT)));
        List<Statistic> stats = List.of(Statistic.P10, Statistic.P25, Statistic.P50, Statistic.P75, Statistic.P90);
        stats.forEach(s -> columns.add(TableColumn.money(ctx.phrases().statistic(s), ctx.currency())));
        columns.add(TableColumn.money(w.get("chart.range.min"), ctx.currency()));
        columns.add(TableColumn.money(w.get("chart.range.max"), ctx.currency()));
        List<Function<SalaryObservation, String>> keys = List.of(SalaryDimension.LEVEL::valueOf);
        List<List<Object>> rows = new ArrayList<>();
        for (var g : SalaryBenchmark.groups(ctx.population().select(filter), keys, ctx.keyOrder()).entrySet()) {
            String level = g.getKey().get(0);
            CellStatistics cell = ctx.valuation().cell(g.getValue(), pay);
            List<Object> row = new ArrayList<>(List.of(ctx.phrases().groups().shown(level)));
            stats.forEach(s -> row.add(ctx.valuation().shown(cell, s)));
            Optional<PublishedRange> range = ctx.references().ranges().stream()
                    .filter(r -> r.observedLevel().equals(level) && r.currency().equals(ctx.currency())).findFirst();
            row.add(range.<Object>map(PublishedRange::min).orElse(null));
            row.add(range.<Object>map(PublishedRange::max).orElse(null));
            rows.add(row);
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        RangeSeries series = new RangeSeries(1, 2, 3, 4, 5, Optional.of(new RangeSeries.Published(6, 7)));
        boolean published = rows.stream().anyMatch(r -> r.get(series.published().get().min()) != null);
        return new ChartBlock(title.isEmpty() ? w.get("chart.range.title") : title, ChartType.BOX, data, 0,
                series.columns(), or(spec.axes().category(), ctx.phrases().heading(SalaryDimension.LEVEL)),
                or(spec.axes().value(), w.capitalised(ctx.phrases().pay(pay)) + " (" + ctx.currency() + ")"),
                w.get(published ? "chart.range.note.published" : "chart.range.note.unpublished",
                        ctx.valuation().rule().minTails(), w.capitalised(ctx.phrases().pay(pay)), ctx.phrases().agingText(),
                        ctx.phrases().caption(filter)),
                w.get("chart.range.alt", rows.size()));
    }

    /** Mean base, bonus and annualised equity by level, stacked. */
    private Block payMix(ChartSpec.PayMix spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        String title = spec.title();
        List<SalaryObservation> selected = ctx.population().select(filter);
        if (selected.stream().allMatch(o -> Double.isNaN(o.bonus()) && Double.isNaN(o.equityAnnual()))) {
            return new Block.Note(w.get("chart.mix.none"));
        }
        List<TableColumn> columns = List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.LEVEL), ValueType.TEXT),
                TableColumn.money(w.get("chart.mix.base"), ctx.currency()),
                TableColumn.money(w.get("chart.mix.bonus"), ctx.currency()),
                TableColumn.money(w.get("chart.mix.equity"), ctx.currency()));
        List<List<Object>> rows = new ArrayList<>();
        List<Function<SalaryObservation, String>> keys = List.of(SalaryDimension.LEVEL::valueOf);
        for (var g : SalaryBenchmark.groups(selected, keys, ctx.keyOrder()).entrySet()) {
            List<SalaryObservation> cell = g.getValue();
            Valuation valuation = ctx.valuation();
            boolean published = valuation.cell(cell, PayElement.BASE).value(Statistic.MEAN).isPresent()
                    && !valuation.complementary(cell, ComplementarySuppression.BONUS)
                    && !valuation.complementary(cell, ComplementarySuppression.EQUITY);
            // Three means of one cell: each gives away a sum, so each is an additive cell of its own.
            valuation.disclosures().additive(cell, ComplementarySuppression.BASE, !published);
            valuation.disclosures().additive(cell, ComplementarySuppression.BONUS, !published);
            valuation.disclosures().additive(cell, ComplementarySuppression.EQUITY, !published);
            rows.add(Arrays.asList(ctx.phrases().groups().shown(g.getKey().get(0)),
                    published ? mean(cell, SalaryObservation::baseSalary) : Suppressed.VALUE,
                    published ? mean(cell, SalaryObservation::bonus) : Suppressed.VALUE,
                    published ? mean(cell, SalaryObservation::equityAnnual) : Suppressed.VALUE));
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        return new ChartBlock(title.isEmpty() ? w.get("chart.mix.title") : title, ChartType.STACKED, data, 0,
                List.of(1, 2, 3), ctx.phrases().heading(SalaryDimension.LEVEL), w.get("chart.mix.axis", ctx.currency()),
                w.get("chart.mix.note", ctx.phrases().agingText()) + " "
                        + ctx.phrases().caption(filter) + ".",
                w.get("chart.mix.alt", rows.size()));
    }

    /** The mean of an element, aged like every other figure; a missing amount counts as none. */
    private double mean(List<SalaryObservation> cell, java.util.function.ToDoubleFunction<SalaryObservation> f) {
        Valuation valuation = ctx.valuation();
        return cell.stream().mapToDouble(o -> {
            double v = f.applyAsDouble(o);
            return Double.isNaN(v) ? 0 : v * valuation.factor(o.year());
        }).average().orElse(0);
    }

    private String altText(ChartType type, String what, TableBlock data) {
        return w.get("chart.alt", w.get("chart.kind." + type.name().toLowerCase(java.util.Locale.ROOT)), what,
                data.rows().size());
    }
}
