package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.careerbench.data.PayElement;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.RangeMath;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.Comparison;
import org.careerbench.template.FilterSpec;
import org.careerbench.template.RowOrderSpec;
import org.careerbench.template.TableSpec;

/** Builds the salary tables: benchmark cells, published ranges beside observed pay, observations. */
final class SalaryTables {
    private final BuildContext ctx;

    SalaryTables(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Statistics of the population grouped by {@code dimensions}. */
    Made<TableBlock> benchmark(String name, String caption, List<SalaryDimension> dimensions, FilterSpec filterSpec,
            List<Statistic> statistics, PayElement pay, RowOrderSpec order) throws BlockProblem {
        return benchmark(name, caption, dimensions, filterSpec, statistics, pay, order, List.of());
    }

    /**
     * Statistics of the population grouped by {@code dimensions}; with {@code change}, each row
     * also shows how its compared statistic — P50, or else the first money statistic — moved since
     * each of those earlier periods, in money and in percent. Every cell is one figure of figures.csv.
     */
    Made<TableBlock> benchmark(String name, String caption, List<SalaryDimension> dimensions, FilterSpec filterSpec,
            List<Statistic> statistics, PayElement pay, RowOrderSpec order, List<Comparison> change)
            throws BlockProblem {
        SalaryFilter filter = ctx.filter(filterSpec);
        List<TableColumn> columns = new ArrayList<>();
        dimensions.forEach(d -> columns.add(TableColumn.of(ctx.phrases().heading(d), ValueType.TEXT)));
        for (Statistic s : statistics) {
            columns.add(s == Statistic.N ? TableColumn.of("n", ValueType.INTEGER)
                    : TableColumn.money(ctx.phrases().statistic(s), ctx.currency()));
        }
        Statistic compared = statistics.contains(Statistic.P50) ? Statistic.P50
                : statistics.stream().filter(s -> s != Statistic.N).findFirst().orElse(Statistic.N);
        columns.addAll(ctx.comparisons().columns(ctx.words(), ctx.phrases().statistic(compared), ctx.currency(), change));
        List<Function<SalaryObservation, String>> keys = dimensions.stream()
                .<Function<SalaryObservation, String>>map(d -> d::valueOf).toList();
        List<List<Object>> rows = new ArrayList<>();
        FigureLog figures = new FigureLog();
        boolean suppressed = false;
        // Unfiltered base-salary cells are live formulas over the observations table when the workbook has one.
        java.util.Optional<String> live = filterSpec.isEmpty() && pay == PayElement.BASE
                ? ctx.live().tableSortedBy(dimensions) : java.util.Optional.empty();
        var grouped = SalaryBenchmark.groups(ctx.population().select(filter), keys, ctx.keyOrder());
        java.util.Set<String> twins = live.isPresent() ? ObservationCells.caseTwins(grouped.keySet().stream()
                .map(ObservationCells::key).toList()) : java.util.Set.of();
        for (var group : grouped.entrySet()) {
            List<Object> row = new ArrayList<>(ctx.phrases().groups().shown(dimensions, group.getKey()));
            CellStatistics cell = ctx.valuation().cell(group.getValue(), pay);
            String key = ObservationCells.key(group.getKey());
            for (Statistic s : statistics) {
                Object v = ctx.valuation().shown(cell, s);
                figures.add(name, key, s.name().toLowerCase(java.util.Locale.ROOT),
                        v instanceof Number num ? num.doubleValue() : null, cell.n(), v == Suppressed.VALUE, "",
                        ctx.words().format().format(v, s == Statistic.N ? ValueType.INTEGER : ValueType.MONEY,
                                ctx.currency()));
                // Live only where the cell's own rows are in the observations table: a withheld cell's rows
                // are left out of it (its n would otherwise recompute to 0).
                if (live.isPresent() && v instanceof Number && !twins.contains(key)
                        && cell.value(Statistic.P50).isPresent()) {
                    v = new LiveValue.CellStatistic(live.get(), ctx.phrases().cellColumn(), key, ctx.phrases().agedColumn(),
                            s, v);
                }
                suppressed |= v == Suppressed.VALUE;
                row.add(v);
            }
            if (!change.isEmpty()) {
                row.addAll(ctx.comparisons().cells(name, key, compared.name().toLowerCase(java.util.Locale.ROOT),
                        ctx.valuation().shown(cell, compared), change));
            }
            rows.add(row);
        }
        rows = RowOrder.apply(order, rows, columns, ctx);
        List<String> notes = new ArrayList<>();
        if (suppressed) {
            notes.add(ctx.phrases().suppressionFootnote());
        }
        notes.add(ctx.words().get("note.basis", ctx.words().capitalised(ctx.phrases().pay(pay)), ctx.currency(),
                ctx.phrases().agingText(), describe(filter)));
        notes.addAll(ctx.comparisons().notes(ctx.words(), ctx.method(), change));
        if (!change.isEmpty() && ctx.live().live()) {
            notes.add(ctx.words().get("live.fixed.changes"));
        }
        return new Made<>(new TableBlock(name, caption, columns, rows, notes), figures.rows(), List.of());
    }

    /** Published ranges with midpoint and spread, beside the observed percentiles of the matching level. */
    Made<TableBlock> ranges(TableSpec.Ranges spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        String cur = ctx.currency();
        var w = ctx.words();
        List<TableColumn> columns = List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.LEVEL), ValueType.TEXT),
                TableColumn.money(w.get("ranges.min"), cur), TableColumn.money(w.get("ranges.mid"), cur),
                TableColumn.money(w.get("ranges.max"), cur), TableColumn.of(w.get("ranges.spread"), ValueType.PERCENT),
                TableColumn.of(w.get("ranges.step"), ValueType.PERCENT),
                TableColumn.of(w.get("ranges.overlap"), ValueType.PERCENT),
                TableColumn.of(w.get("ranges.observed", "n"), ValueType.INTEGER),
                TableColumn.money(w.get("ranges.observed", "P25"), cur),
                TableColumn.money(w.get("ranges.observed", "P50"), cur),
                TableColumn.money(w.get("ranges.observed", "P75"), cur),
                TableColumn.of(w.get("ranges.ratio"), ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        boolean suppressed = false;
        boolean openEnded = false;
        List<SalaryObservation> observed = ctx.population().select(filter);
        LiveFigures live = new LiveFigures(ctx);
        List<PublishedRange> ranges = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (PublishedRange r : ctx.references().ranges()) {
            if (r.currency().equals(cur)) {
                ranges.add(r);
            } else {
                warnings.add("salary-ranges.csv: range '" + r.title() + "' is in " + r.currency()
                        + ", not " + cur + "; left out");
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            PublishedRange r = ranges.get(i);
            PublishedRange next = i + 1 < ranges.size() && ranges.get(i + 1).track().equals(r.track())
                    ? ranges.get(i + 1) : null;
            String track = r.track().equals("Management") && !r.level().toLowerCase(java.util.Locale.ROOT)
                    .contains("manag") ? " " + w.get("ranges.management") : "";
            List<Object> row = new ArrayList<>(Arrays.asList(r.level() + track + (r.maxOpenEnded() ? " *" : ""),
                    r.min(), r.midpoint(), r.max(), RangeMath.spread(r.min(), r.max()),
                    next == null ? null : RangeMath.progression(r.midpoint(), next.midpoint()),
                    next == null ? null : RangeMath.overlap(r.max(), next.min(), next.max())));
            openEnded |= r.maxOpenEnded();
            if (r.observedLevel().isEmpty()) {
                row.addAll(Arrays.asList(null, null, null, null, null));
            } else {
                List<SalaryObservation> level = observed.stream().filter(o -> o.level().equals(r.observedLevel()))
                        .toList();
                CellStatistics cell = ctx.valuation().cell(level, PayElement.BASE);
                row.add(cell.n());
                Object p50Shown = null;
                for (Statistic s : List.of(Statistic.P25, Statistic.P50, Statistic.P75)) {
                    Object v = ctx.valuation().shown(cell, s);
                    suppressed |= v == Suppressed.VALUE;
                    v = live.ofLevel(v, spec.filter(), r.observedLevel(), s, PayElement.BASE);
                    p50Shown = s == Statistic.P50 ? v : p50Shown;
                    row.add(v);
                }
                OptionalDouble p50 = cell.value(Statistic.P50);
                Object ratio = p50.isPresent() ? (Object) (p50.getAsDouble() / r.midpoint()) : Suppressed.VALUE;
                // The market's compa-ratio to the range follows its live median.
                row.add(p50Shown instanceof LiveValue && ratio instanceof Double d
                        ? new LiveValue.Ratio(columns.get(9).header(), columns.get(2).header(), d) : ratio);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(w.get("ranges.note.sources", String.join(", ", ctx.references().ranges().stream()
                .map(PublishedRange::source).distinct().toList()), describe(filter), ctx.phrases().agingText()));
        notes.add(w.get("ranges.note.terms"));
        if (openEnded) {
            notes.add(w.get("ranges.note.open"));
        }
        if (suppressed) {
            notes.add(ctx.phrases().suppressionFootnote());
        }
        return Made.warned(new TableBlock(name, spec.caption(), columns, rows, notes), warnings);
    }

    /** Every observation of the population that passes the block's filter, one row each. */
    TableBlock observations(TableSpec.Observations spec, String name) throws BlockProblem {
        ctx.microdataAllowed(spec.lines(), "individual salaries (an observations table)");
        SalaryFilter filter = ctx.filter(spec.filter());
        var w = ctx.words();
        String year = ctx.phrases().heading(SalaryDimension.YEAR);
        String base = w.get("observations.base");
        String factorColumn = w.get("observations.factor");
        List<TableColumn> columns = List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.ROLE_FAMILY), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(SalaryDimension.JOB_TITLE), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(SalaryDimension.LEVEL), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(SalaryDimension.COUNTRY), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(SalaryDimension.REGION), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(SalaryDimension.COMPANY_SIZE), ValueType.TEXT),
                TableColumn.of(year, ValueType.YEAR),
                TableColumn.money(base, ctx.currency()), TableColumn.of(factorColumn, ValueType.DECIMAL),
                TableColumn.money(ctx.phrases().agedColumn(), ctx.currency()),
                TableColumn.of(w.get("observations.line"), ValueType.INTEGER));
        List<SalaryObservation> selected = ctx.population().select(filter);
        List<SalaryDimension> order = spec.rows();
        List<String> notes = new ArrayList<>(List.of(w.get("observations.note", describe(filter), ctx.phrases().agingText())));
        java.util.Set<SalaryObservation> out = WithheldRows.leftOut(ctx, spec, selected);
        if (!out.isEmpty()) {
            List<SalaryDimension> cells = order.isEmpty() ? List.of(SalaryDimension.LEVEL) : order;
            long withheldCells = out.stream().map(o -> key(cells, o)).distinct().count();
            selected = selected.stream().filter(o -> !out.contains(o)).toList();
            notes.add(w.get("observations.withheld", out.size(), withheldCells, ctx.valuation().rule().minCentral()));
        }
        if (!order.isEmpty()) {
            // Sorted by the cell columns, each cell's rows are contiguous: what formulas over this table need.
            columns = new ArrayList<>(columns);
            columns.add(TableColumn.of(ctx.phrases().cellColumn(), ValueType.TEXT));
            // The few distinct keys are put in order once; the rows then go into their key's bucket, in
            // the order read (a stable sort in linear time, where comparing a million keys took seconds).
            Map<List<String>, List<SalaryObservation>> buckets = new java.util.HashMap<>();
            for (SalaryObservation o : selected) {
                buckets.computeIfAbsent(key(order, o), k -> new ArrayList<>()).add(o);
            }
            List<List<String>> distinct = new ArrayList<>(buckets.keySet());
            distinct.sort(ctx.keyOrder());
            List<SalaryObservation> sorted = new ArrayList<>(selected.size());
            distinct.forEach(k -> sorted.addAll(buckets.get(k)));
            selected = sorted;

        }
        boolean live = ctx.live().live() && spec.filter().isEmpty();
        // The host of figures by level gets one column per filter those figures use: the aged salaries of the
        // rows the filter keeps, blank elsewhere, so a percentile of the column follows the Assumptions.
        List<SalaryFilter> members = live && ctx.live().byLevel().equals(java.util.Optional.of(name))
                ? ctx.live().members() : List.of();
        List<SalaryFilter> memberFilters = new ArrayList<>();
        List<Map<String, List<String>>> memberConditions = new ArrayList<>();
        if (!members.isEmpty()) {
            columns = new ArrayList<>(columns);
            for (var f : members) {
                columns.add(TableColumn.money(ctx.phrases().memberHeader(f), ctx.currency()));
                memberFilters.add(f);
                Map<String, List<String>> conditions = new java.util.LinkedHashMap<>();
                f.conditions().forEach((column, values) -> conditions.put(ctx.phrases().heading(column), values));
                memberConditions.add(conditions);
            }
            notes.add(w.get("observations.members", ctx.phrases().agedColumn()));
        }
        Valuation valuation = ctx.valuation();
        valuation.disclosures().microdata(selected, spec.showWithheld());
        List<List<Object>> rows = new TableBlock.RowView<>(selected, o -> {
            double factor = valuation.factor(o.year());
            double aged = o.baseSalary() * factor;
            List<Object> row = new ArrayList<>(12);
            row.addAll(List.of(o.roleFamily(), o.jobTitle(), o.level(), o.country(), o.region(), o.companySize(),
                    o.year(), o.baseSalary()));
            row.add(live ? new LiveValue.AgingFactor(year, factor) : factor);
            row.add(live ? new LiveValue.Product(base, factorColumn, aged) : aged);
            row.add(o.line());
            if (!order.isEmpty()) {
                row.add(ObservationCells.key(key(order, o)));
            }
            // Membership is data, not an input: a row outside the filter has no formula at all (an empty cell,
            // which statistics pass over), so a large table carries the column only where it counts.
            for (int m = 0; m < memberFilters.size(); m++) {
                row.add(memberFilters.get(m).test(o) ? new LiveValue.Member(memberConditions.get(m), ctx.phrases().agedColumn(),
                        aged) : null);
            }
            return row;
        });
        return new TableBlock(name, spec.caption(), columns, rows, notes);
    }

    /** Describes population and block filter together, e.g. "role_family = …; country = US". */
    String describe(SalaryFilter filter) {
        return ctx.phrases().caption(filter);
    }

    private static List<String> key(List<SalaryDimension> dims, SalaryObservation o) {
        return dims.stream().map(d -> d.valueOf(o)).toList();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }


}
