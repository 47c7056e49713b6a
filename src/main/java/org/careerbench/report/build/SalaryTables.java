package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    TableBlock benchmark(String name, String caption, List<SalaryDimension> dimensions, FilterSpec filterSpec,
            List<Statistic> statistics, PayElement pay, RowOrderSpec order) throws BlockProblem {
        SalaryFilter filter = ctx.filter(filterSpec);
        List<TableColumn> columns = new ArrayList<>();
        dimensions.forEach(d -> columns.add(TableColumn.of(heading(d.column()), ValueType.TEXT)));
        for (Statistic s : statistics) {
            columns.add(s == Statistic.N ? TableColumn.of("n", ValueType.INTEGER)
                    : TableColumn.money(s.label(), ctx.currency()));
        }
        List<Function<SalaryObservation, String>> keys = dimensions.stream()
                .<Function<SalaryObservation, String>>map(d -> d::valueOf).toList();
        List<List<Object>> rows = new ArrayList<>();
        boolean suppressed = false;
        // Unfiltered base-salary cells are live formulas over the observations table when the workbook has one.
        java.util.Optional<String> live = filterSpec.isEmpty() && pay == PayElement.BASE
                ? ctx.live().tableSortedBy(dimensions) : java.util.Optional.empty();
        var grouped = SalaryBenchmark.groups(ctx.population().select(filter), keys, ctx.keyOrder());
        java.util.Set<String> twins = live.isPresent() ? ObservationCells.caseTwins(grouped.keySet().stream()
                .map(ObservationCells::key).toList()) : java.util.Set.of();
        for (var group : grouped.entrySet()) {
            List<Object> row = new ArrayList<>(GroupLabels.shown(group.getKey()));
            CellStatistics cell = ctx.valuation().cell(group.getValue(), pay);
            String key = ObservationCells.key(group.getKey());
            for (Statistic s : statistics) {
                Object v = value(cell, s);
                if (live.isPresent() && v instanceof Number && !twins.contains(key)) {
                    v = new LiveValue.CellStatistic(live.get(), ObservationCells.KEY_COLUMN, key, ObservationCells.VALUE_COLUMN,
                            java.util.Optional.of(s), v);
                }
                suppressed |= v == Suppressed.VALUE;
                row.add(v);
            }
            rows.add(row);
        }
        rows = RowOrder.apply(order, rows, columns, ctx);
        List<String> notes = new ArrayList<>();
        if (suppressed) {
            notes.add(ctx.suppressionFootnote());
        }
        notes.add(capitalise(pay.description()) + ", " + ctx.currency() + ", " + ctx.agingText() + "; "
                + describe(filter) + ".");
        return new TableBlock(name, caption, columns, rows, notes);
    }

    /** Published ranges with midpoint and spread, beside the observed percentiles of the matching level. */
    TableBlock ranges(TableSpec.Ranges spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        String cur = ctx.currency();
        List<TableColumn> columns = List.of(TableColumn.of("Level", ValueType.TEXT), TableColumn.money("Min", cur),
                TableColumn.money("Mid", cur), TableColumn.money("Max", cur),
                TableColumn.of("Spread", ValueType.PERCENT), TableColumn.of("Mid step", ValueType.PERCENT),
                TableColumn.of("Overlap", ValueType.PERCENT), TableColumn.of("Obs. n", ValueType.INTEGER),
                TableColumn.money("Obs. P25", cur), TableColumn.money("Obs. P50", cur),
                TableColumn.money("Obs. P75", cur), TableColumn.of("P50/mid", ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        boolean suppressed = false;
        boolean openEnded = false;
        List<SalaryObservation> observed = ctx.population().select(filter);
        List<PublishedRange> ranges = new ArrayList<>();
        for (PublishedRange r : ctx.references().ranges()) {
            if (r.currency().equals(cur)) {
                ranges.add(r);
            } else {
                ctx.warnings().add("salary-ranges.csv: range '" + r.title() + "' is in " + r.currency()
                        + ", not " + cur + "; left out");
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            PublishedRange r = ranges.get(i);
            PublishedRange next = i + 1 < ranges.size() && ranges.get(i + 1).track().equals(r.track())
                    ? ranges.get(i + 1) : null;
            String track = r.track().equals("Management") && !r.level().toLowerCase(java.util.Locale.ROOT)
                    .contains("manag") ? " (mgmt)" : "";
            List<Object> row = new ArrayList<>(Arrays.asList(r.level() + track + (r.maxOpenEnded() ? " *" : ""),
                    r.min(), r.midpoint(), r.max(), RangeMath.spread(r.min(), r.max()),
                    next == null ? null : RangeMath.progression(r.midpoint(), next.midpoint()),
                    next == null ? null : RangeMath.overlap(r.max(), next.min(), next.max())));
            openEnded |= r.maxOpenEnded();
            if (r.observedLevel().isEmpty()) {
                row.addAll(Arrays.asList(null, null, null, null, null));
            } else {
                CellStatistics cell = ctx.valuation().cell(observed.stream().filter(o -> o.level().equals(r.observedLevel()))
                        .toList(), PayElement.BASE);
                row.add(cell.n());
                for (Statistic s : List.of(Statistic.P25, Statistic.P50, Statistic.P75)) {
                    Object v = value(cell, s);
                    suppressed |= v == Suppressed.VALUE;
                    row.add(v);
                }
                OptionalDouble p50 = cell.value(Statistic.P50);
                row.add(p50.isPresent() ? (Object) (p50.getAsDouble() / r.midpoint()) : Suppressed.VALUE);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Published ranges: " + String.join(", ", ctx.references().ranges().stream().map(PublishedRange::source)
                .distinct().toList()) + ". Observed: " + describe(filter)
                + ", base salary " + ctx.agingText() + ", compared level by level; blank where the data has no "
                + "matching level. Ranges are shown as published, not aged.");
        notes.add("Mid = range midpoint. Spread = (max − min) / min. Mid step = (next level's midpoint − midpoint) "
                + "/ midpoint, within the track (individual contributor, then management). Overlap = share of the next "
                + "level's range lying below this range's maximum. Obs. = observed. P50/mid (the market's compa-ratio "
                + "to the range) above 100% means the observed median pays above the range's midpoint.");
        if (openEnded) {
            notes.add("* The source gives the maximum as open-ended ('and more'); the stated figure is used.");
        }
        if (suppressed) {
            notes.add(ctx.suppressionFootnote());
        }
        return new TableBlock(name, spec.caption(), columns, rows, notes);
    }

    /** Every observation of the population that passes the block's filter, one row each. */
    TableBlock observations(TableSpec.Observations spec, String name) throws BlockProblem {
        SalaryFilter filter = ctx.filter(spec.filter());
        List<TableColumn> columns = List.of(TableColumn.of("Role family", ValueType.TEXT),
                TableColumn.of("Job title", ValueType.TEXT), TableColumn.of("Level", ValueType.TEXT),
                TableColumn.of("Country", ValueType.TEXT), TableColumn.of("Region", ValueType.TEXT),
                TableColumn.of("Company size", ValueType.TEXT), TableColumn.of("Year", ValueType.YEAR),
                TableColumn.money("Base salary", ctx.currency()), TableColumn.of("Aging factor", ValueType.DECIMAL),
                TableColumn.money(ObservationCells.VALUE_COLUMN, ctx.currency()),
                TableColumn.of("Source line", ValueType.INTEGER));
        List<SalaryObservation> selected = ctx.population().select(filter);
        List<SalaryDimension> order = spec.rows();
        if (!order.isEmpty()) {
            // Sorted by the cell columns, each cell's rows are contiguous: what formulas over this table need.
            columns = new ArrayList<>(columns);
            columns.add(TableColumn.of(ObservationCells.KEY_COLUMN, ValueType.TEXT));
            // Each row's key is made once, not once per comparison: a million rows sort in a fraction of a second.
            java.util.Comparator<List<String>> keyOrder = ctx.keyOrder();
            List<List<String>> keys = new ArrayList<>(selected.size());
            selected.forEach(o -> keys.add(key(order, o)));
            Integer[] index = new Integer[selected.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
            java.util.Arrays.sort(index, (a, b) -> keyOrder.compare(keys.get(a), keys.get(b)));
            List<SalaryObservation> sorted = new ArrayList<>(index.length);
            for (Integer i : index) {
                sorted.add(selected.get(i));
            }
            selected = sorted;
        }
        boolean live = ctx.live().live() && spec.filter().isEmpty();
        Valuation valuation = ctx.valuation();
        List<List<Object>> rows = new TableBlock.RowView<>(selected, o -> {
            double factor = valuation.factor(o.year());
            double aged = o.baseSalary() * factor;
            List<Object> row = new ArrayList<>(12);
            row.addAll(List.of(o.roleFamily(), o.jobTitle(), o.level(), o.country(), o.region(), o.companySize(),
                    o.year(), o.baseSalary()));
            row.add(live ? new LiveValue.AgingFactor("Year", factor) : factor);
            row.add(live ? new LiveValue.Product("Base salary", "Aging factor", aged) : aged);
            row.add(o.line());
            if (!order.isEmpty()) {
                row.add(ObservationCells.key(key(order, o)));
            }
            return row;
        });
        return new TableBlock(name, spec.caption(), columns, rows,
                List.of("Observations behind every figure: " + describe(filter)
                        + ". Aged base salary = base salary × aging factor (" + ctx.agingText()
                        + ", from 1 July of the year paid). 'Source line' is the row's line in the salaries file."));
    }

    /** Describes population and block filter together, e.g. "role_family = …; country = US". */
    String describe(SalaryFilter filter) {
        return ctx.caption(filter);
    }

    static Object value(CellStatistics cell, Statistic s) {
        if (s == Statistic.N) {
            return cell.n();
        }
        OptionalDouble v = cell.value(s);
        return v.isPresent() ? (Object) v.getAsDouble() : Suppressed.VALUE;
    }

    private static List<String> key(List<SalaryDimension> dims, SalaryObservation o) {
        return dims.stream().map(d -> d.valueOf(o)).toList();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "company_size" → "Company size". */
    static String heading(String column) {
        String words = column.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
