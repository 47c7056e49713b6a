package org.careerbench.report.build;

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
import org.careerbench.spec.Problem;
import org.careerbench.stats.RangeMath;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * Positions each employee of the internal roster against the published range of their level
 * and the observed market median. Employee rows belong in the workbook only: a PDF template
 * asking for them is refused.
 */
final class Positioning {
    static final String MARKET = "Market at target percentile";

    private final BuildContext ctx;

    Positioning(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** The employee table and the group table (compa-ratio of each level and of everyone). */
    List<Block> blocks(TableSpec.Positioning spec, String name) throws BlockProblem {
        if (ctx.spec().format() == OutputFormat.PDF) {
            throw ctx.refuse(spec.lines(), "source", Problem.Kind.UNKNOWN_VALUE, "employee rows never appear in a PDF "
                    + "report; put the positioning table in an xlsx template");
        }
        if (ctx.data().roster().isEmpty()) {
            return List.of(new Block.Note("No roster.csv in the input: no employee is positioned."));
        }
        SalaryFilter filter = ctx.filter(spec.filter());
        String cur = ctx.currency();
        List<TableColumn> columns = List.of(TableColumn.of("Employee", ValueType.TEXT),
                TableColumn.of("Level", ValueType.TEXT), TableColumn.of("Region", ValueType.TEXT),
                TableColumn.money("Base salary", cur), TableColumn.money("Range min", cur),
                TableColumn.money("Range midpoint", cur), TableColumn.money("Range max", cur),
                TableColumn.of("Compa-ratio", ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE),
                TableColumn.of("Range penetration", ValueType.PERCENT),
                TableColumn.of("Quartile", ValueType.TEXT), TableColumn.of("Market", ValueType.TEXT),
                TableColumn.of("Geo index", ValueType.DECIMAL), TableColumn.money(MARKET, cur),
                TableColumn.of("Market ratio", ValueType.PERCENT).with(TableColumn.Visual.COLOR_SCALE),
                TableColumn.of("Flag", ValueType.TEXT));
        String marketName = spec.filter().isEmpty() ? "all countries" : ctx.people().scope(ctx.filter(spec.filter()));
        List<List<Object>> rows = new ArrayList<>();
        Map<String, double[]> groups = new LinkedHashMap<>();
        // Levels that differ only by case cannot be told apart by a live formula: computed once, not per employee.
        java.util.Set<String> levelTwins = ctx.live().live() ? ObservationCells.caseTwins(ctx.population()
                .observations().stream().map(org.careerbench.data.SalaryObservation::level).distinct().toList())
                : java.util.Set.of();
        for (Employee e : ctx.data().roster()) {
            if (!e.currency().equals(cur)) {
                ctx.warnings().add("roster.csv:" + e.line() + ": salary in " + e.currency() + ", not " + cur
                        + "; employee left out of positioning");
                continue;
            }
            Optional<PublishedRange> range = ctx.references().ranges().stream().filter(r -> r.level().equals(e.level())
                    && (e.track().isEmpty() || r.track().equals(e.track())) && r.currency().equals(cur)).findFirst();
            if (range.isEmpty()) {
                ctx.warnings().add("roster.csv:" + e.line() + ": no published range for level '" + e.level()
                        + "'; employee " + e.id() + " shown without positioning");
                rows.add(Arrays.asList(e.id(), e.level(), e.region(), e.baseSalary(), null, null, null, null, null,
                        "", "", null, null, null, "no range"));
                continue;
            }
            PublishedRange r = range.get();
            Object national = marketP50(r, filter);
            Optional<RegionalDifferential> area = area(e.region(), spec.areas());
            int quartile = RangeMath.quartile(e.baseSalary(), r.min(), r.max());
            List<String> flags = new ArrayList<>();
            if (quartile == 0) {
                flags.add("green circle: below minimum");
            } else if (quartile == 5) {
                flags.add("red circle: above maximum");
            }
            Double index = area.map(Assumptions::index).orElse(null);
            String basis = marketName + ", " + r.observedLevel();
            Object market = national;
            if (national == null) {
                basis = "none: the range has no observed level";
            } else if (index != null) {
                basis += ", × index of " + area.get().area();
                if (national instanceof Double n) {
                    market = RangeMath.localise(n, index);
                }
            } else {
                basis += ", national";
                flags.add("no regional index for '" + e.region() + "': compared with the national figure");
            }
            String flag = String.join("; ", flags);
            Object compa = RangeMath.compaRatio(e.baseSalary(), r.midpoint());
            Object penetration = RangeMath.penetration(e.baseSalary(), r.min(), r.max());
            Object ratio = market instanceof Double m ? (Object) (e.baseSalary() / m) : Suppressed.VALUE;
            if (market == Suppressed.VALUE) {
                flags.add("market figure withheld: too few observations");
                flag = String.join("; ", flags);
            }
            if (ctx.live().live()) {
                compa = new LiveValue.Ratio("Base salary", "Range midpoint", (Double) compa);
                penetration = new LiveValue.Penetration("Base salary", "Range min", "Range max", (Double) penetration);
                java.util.Optional<String> table = filter.conditions().isEmpty() && index == null
                        && !levelTwins.contains(r.observedLevel())
                        ? ctx.live().tableSortedBy(List.of(org.careerbench.data.SalaryDimension.LEVEL))
                        : java.util.Optional.empty();
                if (table.isPresent() && market instanceof Double m) {
                    market = new LiveValue.CellStatistic(table.get(), "Level", r.observedLevel(),
                            ObservationCells.VALUE_COLUMN, java.util.Optional.empty(), m);
                }
                if (ratio instanceof Double q) {
                    ratio = new LiveValue.Ratio("Base salary", MARKET, q);
                }
            }
            rows.add(Arrays.asList(e.id(), e.level(), e.region(), e.baseSalary(), r.min(), r.midpoint(), r.max(),
                    compa, penetration, quartile == 0 ? "below" : quartile == 5 ? "above" : "Q" + quartile, basis,
                    index, market, ratio, flag));
            double[] sums = groups.computeIfAbsent(e.level(), k -> new double[3]);
            sums[0] += e.baseSalary();
            sums[1] += r.midpoint();
            sums[2]++;
        }
        TableBlock employees = new TableBlock(name, spec.caption(), columns, rows, List.of(
                "Compa-ratio = base salary / range midpoint. Range penetration = (salary − min) / (max − min). "
                        + "Quartile of the range: Q1–Q4, or below / above it. Green circle: below the range "
                        + "minimum; red circle: above the maximum.",
                "Market at target percentile = the observed percentile (P50 unless the Assumptions say otherwise) of "
                        + "the range's matching level (" + ctx.caption(filter) + "), base salary "
                        + ctx.agingText() + ", times the regional index of the employee's area where one applies "
                        + "(100 + the midpoint of its stated band against the national figure); market ratio = salary "
                        + "/ that figure. 'Market' says which figure each row is compared with."));
        return List.of(employees, groupTable(name + "Groups", groups));
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
        List<org.careerbench.data.SalaryObservation> cell = ctx.population().select(filter).stream()
                .filter(o -> o.level().equals(r.observedLevel())).toList();
        OptionalDouble p50 = ctx.valuation().cell(cell, PayElement.BASE).value(Statistic.P50);
        if (p50.isEmpty()) {
            return Suppressed.VALUE;
        }
        double[] values = cell.stream().mapToDouble(o -> ctx.valuation().amount(o, PayElement.BASE)).toArray();
        return org.careerbench.stats.Percentiles.ofUnsorted(values, Assumptions.TARGET_PERCENTILE);
    }

    private TableBlock groupTable(String name, Map<String, double[]> groups) {
        List<TableColumn> columns = List.of(TableColumn.of("Group", ValueType.TEXT),
                TableColumn.of("Employees", ValueType.INTEGER), TableColumn.money("Total base salary", ctx.currency()),
                TableColumn.money("Total of range midpoints", ctx.currency()),
                TableColumn.of("Group compa-ratio", ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        double salary = 0;
        double mid = 0;
        double n = 0;
        for (Map.Entry<String, double[]> g : groups.entrySet()) {
            double[] s = g.getValue();
            rows.add(List.of("Level " + g.getKey(), (long) s[2], s[0], s[1], s[0] / s[1]));
            salary += s[0];
            mid += s[1];
            n += s[2];
        }
        if (n > 0) {
            rows.add(List.of("All employees", (long) n, salary, mid, salary / mid));
        }
        return new TableBlock(name, "Group compa-ratio", columns, rows, List.of(
                "Group compa-ratio = the sum of the group's base salaries / the sum of their range midpoints, so "
                        + "each employee weighs by pay, not one employee one vote."));
    }
}
