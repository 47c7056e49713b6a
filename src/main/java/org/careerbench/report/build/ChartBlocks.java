package org.careerbench.report.build;

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
import org.careerbench.report.ChartType;
import org.careerbench.report.SeriesStyle;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.spec.Problem;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.ChartSpec;

/** Builds chart blocks, each over a data table made from the same statistics as the tables. */
final class ChartBlocks {
    private final BuildContext ctx;
    private final SalaryTables salaries;
    private final ReferenceTables references;

    ChartBlocks(BuildContext ctx) {
        this.ctx = ctx;
        this.salaries = new SalaryTables(ctx);
        this.references = new ReferenceTables(ctx);
    }

    /** A chart, or a note saying why there is none (pay mix without bonus or equity data). */
    Block chart(ChartSpec spec, String name) throws BlockProblem {
        if (spec instanceof ChartSpec.Market m) {
            return market(m, name);
        }
        if (spec instanceof ChartSpec.Skills k) {
            TableBlock data = references.skills(name, "", k.top(), k.lines());
            return new ChartBlock(k.title().isEmpty() ? "Skills in demand" : k.title(), k.type(), data, 1, List.of(3),
                    or(k.axes().category(), "Skill"), or(k.axes().value(), "Demand index (100 = top skill)"),
                    String.join(" ", data.footnotes().stream().filter(n -> !n.equals(ReferenceTables.SHARE_NOTE))
                            .toList()), altText(k.type(), "skill demand index by skill", data));
        }
        if (spec instanceof ChartSpec.Ranges r) {
            return range(r, name);
        }
        if (spec instanceof ChartSpec.PayMix p) {
            return payMix(p, name);
        }
        return benchmark((ChartSpec.Benchmark) spec, name);
    }

    private static String or(String written, String fallback) {
        return written.isEmpty() ? fallback : written;
    }

    private ChartBlock benchmark(ChartSpec.Benchmark spec, String name) throws BlockProblem {
        PayElement pay = spec.pay().orElse(ctx.pay());
        PayElements.require(ctx, pay, spec.lines());
        TableBlock data = salaries.benchmark(name, "", List.of(spec.rows()), spec.filter(), spec.statistics(), pay,
                spec.order());
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
        String by = data.columns().get(0).header().toLowerCase(java.util.Locale.ROOT);
        ChartType type = spec.type();
        String title = spec.title();
        return new ChartBlock(title.isEmpty() ? "Pay by " + by : title, type, data, 0, series,
                or(spec.axes().category(), data.columns().get(0).header()),
                or(spec.axes().value(), SalaryTables.capitalise(pay.description()) + " (" + ctx.currency() + ")"),
                String.join(" ", data.footnotes()), altText(type, "pay percentiles by " + by, data));
    }

    /** Stated values as markers over the whole series as a dashed line, so derived years look derived. */
    private ChartBlock market(ChartSpec.Market spec, String name) throws BlockProblem {
        List<MarketIndicator> series = references.series(spec.indicator(), spec.lines());
        ChartType type = spec.type();
        String title = spec.title();
        MarketIndicator first = series.get(0);
        boolean percent = first.unit().equals("percent");
        ValueType valueType = percent ? ValueType.PERCENT : ValueType.DECIMAL;
        List<TableColumn> columns = List.of(TableColumn.of("Year", ValueType.YEAR),
                TableColumn.of("Series (derived years included)", valueType), TableColumn.of("Stated by source", valueType));
        List<List<Object>> rows = new ArrayList<>();
        for (MarketIndicator m : series) {
            double v = percent ? m.value() / 100 : m.value();
            rows.add(Arrays.asList(m.year(), v, m.stated() ? v : null));
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        boolean derived = series.stream().anyMatch(m -> !m.stated());
        List<SeriesStyle> styles = List.of(derived ? SeriesStyle.DASHED : SeriesStyle.SOLID, SeriesStyle.MARKERS);
        return new ChartBlock(title.isEmpty() ? first.indicator() : title, type, data, 0, List.of(1, 2),
                or(spec.axes().category(), "Year"), or(spec.axes().value(), first.indicator() + " (" + first.unit()
                        + ")"), "Source: " + first.source() + (derived ? ". Dashed: years derived from the stated "
                        + "figures; markers: values the source states." : ""),
                altText(type, first.indicator() + " by year", data), styles);
    }

    /** P10–P90 of each level beside the published range of that level. */
    private ChartBlock range(ChartSpec.Ranges spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        PayElement pay = spec.pay().orElse(ctx.pay());
        PayElements.require(ctx, pay, spec.lines());
        String title = spec.title();
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of("Level", ValueType.TEXT)));
        List<Statistic> stats = List.of(Statistic.P10, Statistic.P25, Statistic.P50, Statistic.P75, Statistic.P90);
        stats.forEach(s -> columns.add(TableColumn.money(s.label(), ctx.currency())));
        columns.add(TableColumn.money("Range min", ctx.currency()));
        columns.add(TableColumn.money("Range max", ctx.currency()));
        List<Function<SalaryObservation, String>> keys = List.of(SalaryDimension.LEVEL::valueOf);
        List<List<Object>> rows = new ArrayList<>();
        for (var g : SalaryBenchmark.groups(ctx.population().select(filter), keys, ctx.keyOrder()).entrySet()) {
            String level = g.getKey().get(0);
            CellStatistics cell = ctx.valuation().cell(g.getValue(), pay);
            List<Object> row = new ArrayList<>(List.of(GroupLabels.shown(level)));
            stats.forEach(s -> row.add(SalaryTables.value(cell, s)));
            Optional<PublishedRange> range = ctx.references().ranges().stream()
                    .filter(r -> r.observedLevel().equals(level) && r.currency().equals(ctx.currency())).findFirst();
            row.add(range.<Object>map(PublishedRange::min).orElse(null));
            row.add(range.<Object>map(PublishedRange::max).orElse(null));
            rows.add(row);
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        boolean published = rows.stream().anyMatch(r -> r.get(6) != null);
        return new ChartBlock(title.isEmpty() ? "Pay range by level" : title, ChartType.BOX, data, 0,
                List.of(1, 2, 3, 4, 5, 6, 7), or(spec.axes().category(), "Level"),
                or(spec.axes().value(), SalaryTables.capitalise(pay.description()) + " (" + ctx.currency() + ")"),
                "Box: P25–P75 with the median; whiskers: P10 and P90 (shown only where "
                        + ctx.valuation().rule().minTails()
                        + " or more observations stand behind them)" + (published ? "; shaded band: the published range. "
                                : ". No published range applies to this role family. ")
                        + SalaryTables.capitalise(pay.description()) + ", " + ctx.agingText() + "; "
                        + ctx.caption(filter) + ".",
                "Range chart of pay percentiles by level beside the published ranges, " + rows.size() + " levels.");
    }

    /** Mean base, bonus and annualised equity by level, stacked. */
    private Block payMix(ChartSpec.PayMix spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        String title = spec.title();
        List<SalaryObservation> selected = ctx.population().select(filter);
        if (selected.stream().allMatch(o -> Double.isNaN(o.bonus()) && Double.isNaN(o.equityAnnual()))) {
            return new Block.Note("Pay mix: the salary data has no bonus or equity columns, so only base salary is "
                    + "known and no mix is shown.");
        }
        List<TableColumn> columns = List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("Base", ctx.currency()), TableColumn.money("Bonus", ctx.currency()),
                TableColumn.money("Equity (annualised)", ctx.currency()));
        List<List<Object>> rows = new ArrayList<>();
        List<Function<SalaryObservation, String>> keys = List.of(SalaryDimension.LEVEL::valueOf);
        for (var g : SalaryBenchmark.groups(selected, keys, ctx.keyOrder()).entrySet()) {
            List<SalaryObservation> cell = g.getValue();
            boolean published = ctx.valuation().cell(cell, PayElement.BASE).value(Statistic.MEAN).isPresent();
            rows.add(Arrays.asList(GroupLabels.shown(g.getKey().get(0)),
                    published ? mean(cell, SalaryObservation::baseSalary) : Suppressed.VALUE,
                    published ? mean(cell, SalaryObservation::bonus) : Suppressed.VALUE,
                    published ? mean(cell, SalaryObservation::equityAnnual) : Suppressed.VALUE));
        }
        TableBlock data = new TableBlock(name, "", columns, rows, List.of());
        return new ChartBlock(title.isEmpty() ? "Pay mix by level" : title, ChartType.STACKED, data, 0,
                List.of(1, 2, 3), "Level", "Mean annual pay (" + ctx.currency() + ")",
                "Means by level, as paid (not aged); a missing bonus or equity counts as none. "
                        + ctx.caption(filter) + ".",
                "Stacked bar chart of mean base, bonus and equity by level, " + rows.size() + " levels.");
    }

    private static double mean(List<SalaryObservation> cell,
            java.util.function.ToDoubleFunction<SalaryObservation> f) {
        return cell.stream().mapToDouble(f).map(v -> Double.isNaN(v) ? 0 : v).average().orElse(0);
    }

    private static String altText(ChartType type, String what, TableBlock data) {
        String kind = switch (type) {
            case LINE -> "Line chart";
            case BAR -> "Bar chart";
            case HBAR -> "Horizontal bar chart";
            case STACKED -> "Stacked bar chart";
            case BOX -> "Range chart";
        };
        return kind + " of " + what + ", " + data.rows().size() + " categories.";
    }
}
