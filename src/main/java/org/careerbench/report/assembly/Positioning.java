package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.careerbench.data.Employee;
import org.careerbench.data.PayElement;
import org.careerbench.data.PublishedRange;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.report.Block;
import org.careerbench.report.LiveValue;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.diagnostics.Problem;
import org.careerbench.stats.RangeMath;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * Positions each employee of the internal roster against the published range of their level
 * and the observed market median. Employee rows belong in the workbook only: a PDF template
 * asking for them is refused.
 */
final class Positioning {
    private final BuildContext ctx;
    private final Map<String, Object> markets = new java.util.HashMap<>();

    Positioning(BuildContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The employee table and the group table (compa-ratio of each level and of everyone), with a
     * data warning for each employee left out or shown without a range.
     */
    Made<List<Block>> blocks(TableSpec.Positioning spec, String name) throws BlockProblem {
        ctx.microdataAllowed(spec.lines(), "employee rows");
        if (ctx.data().roster().isEmpty()) {
            return Made.of(List.of(new Block.Note(ctx.words().get("positioning.no-roster"))));
        }
        java.util.Optional<org.careerbench.data.SalaryDimension> burst = ctx.spec().burstBy();
        java.util.function.Predicate<Employee> inGroup = e -> true;
        if (burst.isPresent()) {
            // A burst report is read by its group only: its employees, or none. The roster records a level
            // as the salaries do; its regions ("US West Coast") are not the salaries' groups.
            if (burst.get() != org.careerbench.data.SalaryDimension.LEVEL) {
                return Made.of(List.of(new Block.Notice(ctx.words().get("positioning.burst"), ctx.words().get(
                        "positioning.burst.text", ctx.words().get("column." + burst.get().column())))));
            }
            List<String> group = ctx.population().filter().conditions().getOrDefault(burst.get(), List.of());
            inGroup = e -> group.contains(e.level());
        }
        var w = ctx.words();
        SalaryFilter filter = ctx.filter(spec.filter());
        String cur = ctx.currency();
        String base = w.get("observations.base");
        String min = w.get("chart.range.min");
        String mid = w.get("positioning.midpoint");
        String max = w.get("chart.range.max");
        String marketColumn = w.get("positioning.market-figure");
        List<TableColumn> columns = List.of(TableColumn.of(w.get("positioning.employee"), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(org.careerbench.data.SalaryDimension.LEVEL), ValueType.TEXT),
                TableColumn.of(ctx.phrases().heading(org.careerbench.data.SalaryDimension.REGION), ValueType.TEXT),
                TableColumn.money(base, cur), TableColumn.money(min, cur),
                TableColumn.money(mid, cur), TableColumn.money(max, cur),
                TableColumn.of(w.get("positioning.compa"), ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE),
                TableColumn.of(w.get("positioning.penetration"), ValueType.PERCENT),
                TableColumn.of(w.get("positioning.quartile"), ValueType.TEXT),
                TableColumn.of(w.get("positioning.market"), ValueType.TEXT),
                TableColumn.of(w.get("positioning.geo"), ValueType.DECIMAL), TableColumn.money(marketColumn, cur),
                TableColumn.of(w.get("positioning.ratio"), ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE),
                TableColumn.of(w.get("positioning.flag"), ValueType.TEXT));
        String marketName = spec.filter().isEmpty() ? w.get("positioning.all-countries")
                : ctx.phrases().people().scope(ctx.filter(spec.filter()));
        List<List<Object>> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, double[]> groups = new LinkedHashMap<>();
        // Levels that differ only by case cannot be told apart by a live formula: computed once, not per employee.
        java.util.Set<String> levelTwins = ctx.live().live() ? ObservationCells.caseTwins(ctx.population()
                .observations().stream().map(org.careerbench.data.SalaryObservation::level).distinct().toList())
                : java.util.Set.of();
        for (Employee e : ctx.data().roster()) {
            if (!inGroup.test(e)) {
                continue;
            }
            if (!e.currency().equals(cur)) {
                warnings.add("roster.csv:" + e.line() + ": salary in " + e.currency() + ", not " + cur
                        + "; employee left out of positioning");
                continue;
            }
            Optional<PublishedRange> range = ctx.references().ranges().stream().filter(r -> r.level().equals(e.level())
                    && (e.track().isEmpty() || r.track().equals(e.track())) && r.currency().equals(cur)).findFirst();
            if (range.isEmpty()) {
                warnings.add("roster.csv:" + e.line() + ": no published range for level '" + e.level()
                        + "'; employee " + e.id() + " shown without positioning");
                rows.add(Arrays.asList(e.id(), e.level(), e.region(), e.baseSalary(), null, null, null, null, null,
                        "", "", null, null, null, w.get("positioning.no-range")));
                continue;
            }
            PublishedRange r = range.get();
            Object national = marketP50(r, filter);
            Optional<RegionalDifferential> area = area(e.region(), spec.areas());
            int quartile = RangeMath.quartile(e.baseSalary(), r.min(), r.max());
            List<String> flags = new ArrayList<>();
            if (quartile == 0) {
                flags.add(w.get("positioning.below"));
            } else if (quartile == 5) {
                flags.add(w.get("positioning.above"));
            }
            Double index = area.map(Assumptions::index).orElse(null);
            String basis = marketName + ", " + r.observedLevel();
            Object market = national;
            if (national == null) {
                basis = w.get("positioning.basis.none");
            } else if (index != null) {
                basis += w.get("positioning.basis.index", area.get().area());
                if (national instanceof Double n) {
                    market = RangeMath.localise(n, index);
                }
            } else {
                basis += w.get("positioning.basis.national");
                flags.add(w.get("positioning.no-index", e.region()));
            }
            String flag = String.join("; ", flags);
            Object compa = RangeMath.compaRatio(e.baseSalary(), r.midpoint());
            Object penetration = RangeMath.penetration(e.baseSalary(), r.min(), r.max());
            Object ratio = market instanceof Double m ? (Object) (e.baseSalary() / m) : Suppressed.VALUE;
            if (market == Suppressed.VALUE) {
                flags.add(w.get("positioning.withheld"));
                flag = String.join("; ", flags);
            }
            Object indexCell = index;
            if (ctx.live().live()) {
                compa = new LiveValue.Ratio(base, mid, (Double) compa);
                penetration = new LiveValue.Penetration(base, min, max, (Double) penetration);
                // The market figure follows the Assumptions: the target percentile of the level's aged salaries
                // in the market's column of the observations table, times the area's geographic index input.
                java.util.Optional<String> table = ctx.live().byLevel();
                java.util.Optional<String> column = ctx.memberColumn(spec.filter());
                if (table.isPresent() && column.isPresent() && market instanceof Double m
                        && !levelTwins.contains(r.observedLevel()) && WithheldRows.allInObservations(ctx, filter, r.observedLevel())) {
                    market = new LiveValue.TargetPercentile(table.get(), ctx.phrases().heading(
                            org.careerbench.data.SalaryDimension.LEVEL), r.observedLevel(), column.get(),
                            ctx.valuation().rule().minCentral(), ctx.valuation().rule().minTails(),
                            index == null ? java.util.Optional.empty() : java.util.Optional.of(w.get("positioning.geo")),
                            m);
                }
                if (index != null) {
                    // The index shown is the input itself, whether or not a market figure reads it.
                    indexCell = new LiveValue.Input(org.careerbench.report.InputKey.geoIndex(area.get().area()), index);
                }
                if (ratio instanceof Double q) {
                    // The market figure may be withheld on recalculation (a target percentile the rule withholds).
                    ratio = new LiveValue.Ratio(base, marketColumn, market instanceof LiveValue.TargetPercentile, q);
                }
            }
            rows.add(Arrays.asList(e.id(), e.level(), e.region(), e.baseSalary(), r.min(), r.midpoint(), r.max(),
                    compa, penetration, quartile == 0 ? w.get("positioning.q.below") : quartile == 5
                            ? w.get("positioning.q.above") : "Q" + quartile, basis,
                    indexCell, market, ratio, flag));
            double[] sums = groups.computeIfAbsent(e.level(), k -> new double[3]);
            sums[0] += e.baseSalary();
            sums[1] += r.midpoint();
            sums[2]++;
        }
        TableBlock employees = new TableBlock(name, spec.caption(), columns, rows, List.of(
                w.get("positioning.note.terms"), w.get("positioning.note.market", ctx.phrases().caption(filter),
                        ctx.phrases().agingText())));
        return Made.warned(List.of(employees, groupTable(name + "Groups", groups)), warnings);
    }

    /**
     * The regional differential of an employee's region that applies to a national figure: the area
     * {@code areas} names for it, or else the area the region equals or ends with; only one stated as a
     * band against the national figure.
     */
    private Optional<RegionalDifferential> area(String region, Map<String, String> areas) {
        String wanted = areas.get(region);
        String lower = region.toLowerCase(java.util.Locale.ROOT);
        return ctx.references().differentials().stream()
                .filter(d -> !Double.isNaN(d.lowPct()) && !Double.isNaN(d.highPct())
                        && d.reference().toLowerCase(java.util.Locale.ROOT).contains("national"))
                .filter(d -> wanted != null ? d.area().equals(wanted)
                        : lower.equals(d.area().toLowerCase(java.util.Locale.ROOT))
                                || lower.endsWith(" " + d.area().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    /** The market figure at the target percentile (P50 unless the workbook's input says otherwise). */
    private Object marketP50(PublishedRange r, SalaryFilter filter) {
        if (r.observedLevel().isEmpty()) {
            return null;
        }
        // Employees share levels: each level's figure is computed once, not once per employee.
        return markets.computeIfAbsent(r.observedLevel(), level -> market(level, filter));
    }

    private Object market(String level, SalaryFilter filter) {
        List<org.careerbench.data.SalaryObservation> cell = ctx.population().select(filter).stream()
                .filter(o -> o.level().equals(level)).toList();
        OptionalDouble p50 = ctx.valuation().cell(cell, PayElement.BASE).value(Statistic.P50);
        if (p50.isEmpty()) {
            return Suppressed.VALUE;
        }
        double[] values = cell.stream().mapToDouble(o -> ctx.valuation().amount(o, PayElement.BASE)).toArray();
        return org.careerbench.stats.Percentiles.ofUnsorted(values, Assumptions.TARGET_PERCENTILE);
    }

    private TableBlock groupTable(String name, Map<String, double[]> groups) {
        var w = ctx.words();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("positioning.group"), ValueType.TEXT),
                TableColumn.of(w.get("positioning.employees"), ValueType.INTEGER),
                TableColumn.money(w.get("positioning.total-base"), ctx.currency()),
                TableColumn.money(w.get("positioning.total-mid"), ctx.currency()),
                TableColumn.of(w.get("positioning.group-compa"), ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        double salary = 0;
        double mid = 0;
        double n = 0;
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            double[] s = g.getValue();
            rows.add(List.of(w.get("positioning.level", g.getKey()), (long) s[2], s[0], s[1], s[0] / s[1]));
            salary += s[0];
            mid += s[1];
            n += s[2];
        }
        if (n > 0) {
            rows.add(List.of(w.get("positioning.everyone"), (long) n, salary, mid, salary / mid));
        }
        return new TableBlock(name, w.get("positioning.group-compa"), columns, rows, List.of(
                w.get("positioning.note.group")));
    }
}
