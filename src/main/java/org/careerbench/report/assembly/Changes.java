package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.careerbench.report.Block;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;
import org.careerbench.template.TableSpec;

/**
 * What changed since the last published period, from the two periods' figures: each figure of
 * this report that moved by at least the template's threshold, was withheld and is now published
 * or the reverse, with the earlier and the new value; the population's size before and now; and,
 * when the method changed (aging, suppression, pay element), a note saying so beside the changes.
 * Without an earlier period, one sentence: this is the first published period.
 */
final class Changes {
    private final BuildContext ctx;
    private final ReportContext run;
    private final String report;
    private final Map<String, KeyFigure> labels;
    private final FigureNames names;

    /**
     * @param report the deliverable's file name, which matches its rows in the earlier figures file
     * @param labels this report's key figures, whose labels name them in the table
     * @param titles this report's tables and charts by name, with the caption or title readers see
     */
    Changes(BuildContext ctx, ReportContext run, String report, Map<String, KeyFigure> labels,
            Map<String, String> titles) {
        this.names = new FigureNames(ctx, labels, titles);
        this.ctx = ctx;
        this.run = run;
        this.report = report;
        this.labels = labels;
    }

    /** The blocks, made once every other block of the report has put its figures in {@code now}. */
    List<Block> blocks(TableSpec.Changes spec, String name, List<Figure> now) {
        var w = ctx.words();
        if (run.earlier().isEmpty()) {
            return List.of(new Block.Prose(List.of(TextRun.plain(w.get("changes.first", ctx.words().format()
                    .month(run.period()))))));
        }
        List<Block> blocks = new ArrayList<>(since(spec, name, now, run.earlier().get()));
        // The same period a year earlier, when it was published and is not already the period compared with.
        if (run.yearEarlier().isPresent() && !run.yearEarlier().get().period().equals(run.earlier().get().period())) {
            blocks.addAll(since(spec, name + "Year", now, run.yearEarlier().get()));
        }
        return blocks;
    }

    /** The changes since one earlier period. */
    private List<Block> since(TableSpec.Changes spec, String name, List<Figure> now, Earlier earlier) {
        var w = ctx.words();
        String since = w.format().month(earlier.period());
        Map<String, Earlier.Row> before = new HashMap<>();
        String method = "";
        for (Earlier.Row r : earlier.rows()) {
            if (r.report().equals(report)) {
                before.put(key(r.figure()), r);
                method = r.method();
            }
        }
        List<Block> blocks = new ArrayList<>();
        if (before.isEmpty()) {
            blocks.add(new Block.Prose(List.of(TextRun.plain(w.get("changes.new-report", since)))));
            return blocks;
        }
        // One table a unit, so that money reads as money and counts as counts: pay figures first.
        Map<ValueType, List<List<Object>>> byUnit = new TreeMap<>(Comparator.comparingInt(
                Changes::rank));
        // One row per figure: a chart drawn from a table's figures publishes them a second time.
        Set<String> listed = new java.util.HashSet<>();
        for (Figure f : now) {
            Earlier.Row was = before.get(key(f));
            if (was == null) {
                continue;
            }
            Figure old = was.figure();
            boolean statusChanged = old.withheld() != f.withheld();
            double change = f.value().isPresent() && old.value().isPresent()
                    ? f.value().getAsDouble() - old.value().getAsDouble() : Double.NaN;
            double share = !Double.isNaN(change) && old.value().getAsDouble() != 0
                    ? change / Math.abs(old.value().getAsDouble()) : Double.NaN;
            // A share or a gap moves by points: 14.2% to 13.4% is a fall of 0.8 points, not of 5.6%.
            boolean percent = unit(f) == ValueType.PERCENT;
            if (percent) {
                share = Double.NaN;
            }
            boolean moved = percent ? !Double.isNaN(change) && Math.abs(change) >= POINT - 1e-12
                    : !Double.isNaN(share) && Math.abs(share) >= spec.threshold();
            if (!moved && !statusChanged) {
                continue;
            }
            // The same statistic with the same values then and now is one figure shown in two places (a key
            // figure and its table cell, a table and the chart of a narrower group): listed once, first name kept.
            String same = f.statistic() + "\u0000" + old.value() + "\u0000" + f.value() + "\u0000" + f.n() + "\u0000"
                    + old.n();
            if (!listed.add(same)) {
                continue;
            }
            // A movement on a few observations is mostly a change of who answered: not compared.
            String thin = thin(f, old, spec.minimumN());
            boolean comparable = thin.isEmpty();
            byUnit.computeIfAbsent(unit(f), u -> new ArrayList<>()).add(Arrays.asList(names.of(f),
                    names.statisticOf(f), old.value().isPresent() ? (Object) old.value().getAsDouble()
                            : Suppressed.VALUE,
                    f.value().isPresent() ? (Object) f.value().getAsDouble() : Suppressed.VALUE,
                    Double.isNaN(change) || !comparable ? null : change,
                    Double.isNaN(share) || !comparable ? null : share, thin));
        }
        List<String> notes = new ArrayList<>();
        notes.add(w.get("changes.note", since, w.format().percent(spec.threshold())));
        if (byUnit.containsKey(ValueType.PERCENT)) {
            notes.add(w.get("changes.note.points", w.format().percent(POINT, 0)));
        }
        notes.add(w.get("changes.note.minimum", spec.minimumN()));
        if (!method.equals(ctx.method())) {
            notes.add(w.get("changes.method", since, method, ctx.method()));
        }
        if (byUnit.isEmpty()) {
            blocks.add(new Block.Prose(List.of(TextRun.plain(w.get("changes.none", since,
                    w.format().percent(spec.threshold()))))));
            notes.forEach(n -> blocks.add(new Block.Note(n)));
        }
        int table = 0;
        for (Map.Entry<ValueType, List<List<Object>>> e : byUnit.entrySet()) {
            ValueType u = e.getKey();
            String cur = u == ValueType.MONEY ? ctx.currency() : "";
            List<TableColumn> all = List.of(TableColumn.of(w.get("changes.figure"), ValueType.TEXT),
                    TableColumn.of(w.get("changes.statistic"), ValueType.TEXT),
                    new TableColumn(w.get("changes.before", since), u, cur),
                    new TableColumn(w.get("changes.now"), u, cur),
                    new TableColumn(w.get(u == ValueType.PERCENT ? "changes.change.points" : "changes.change"),
                            u == ValueType.MONEY || u == ValueType.INTEGER ? ValueType.MONEY_CHANGE
                                    : u == ValueType.PERCENT ? ValueType.PERCENT_CHANGE : u, cur),
                    TableColumn.of(w.get("changes.share"), ValueType.PERCENT_CHANGE),
                    TableColumn.of(w.get("changes.comparable"), ValueType.TEXT));
            // Left out: the statistic where every figure's own name says it, "comparable?" where every change
            // is, and a percentage's change in percent (its change is in points).
            List<Integer> kept = new ArrayList<>();
            for (int c = 0; c < all.size(); c++) {
                int column = c;
                boolean blank = (c == 1 || c == 6) && e.getValue().stream().allMatch(r -> "".equals(r.get(column)));
                if (!blank && !(c == 5 && u == ValueType.PERCENT)) {
                    kept.add(c);
                }
            }
            List<TableColumn> columns = kept.stream().map(all::get).toList();
            List<List<Object>> rows = e.getValue().stream().map(r -> kept.stream().map(r::get).toList()).toList();
            boolean first = table == 0;
            boolean last = ++table == byUnit.size();
            String caption = first ? (spec.caption().isEmpty() ? w.get("changes.caption", since) : spec.caption())
                    : w.get(u == ValueType.INTEGER ? "changes.caption.counts" : "changes.caption.other", since);
            String tableName = first ? name : name + (u == ValueType.INTEGER ? "Counts" : "Other" + table);
            blocks.add(new TableBlock(tableName, caption, columns, rows, last ? notes : List.of()));
        }
        if (ctx.ofSalaries()) {
            // The input's own changes are those of the salary data; a report of pay gaps alone reads the roster.
            blocks.addAll(inData(name + "Data", earlier));
        }
        return blocks;
    }

    /**
     * Why a figure's change is no movement, in the reader's words: fewer than {@code minimum}
     * observations behind it then or now ("not comparable: n = 8 then, 12 now; fewer than 20"); empty
     * when it is comparable or rests on no observations (a market figure).
     */
    private String thin(Figure now, Figure before, int minimum) {
        if (now.n().isEmpty() || before.n().isEmpty()) {
            return "";
        }
        long a = before.n().getAsLong();
        long b = now.n().getAsLong();
        return a >= minimum && b >= minimum ? "" : ctx.words().get("changes.not-comparable", a, b, minimum);
    }

    /** The order of the tables: money, counts, the rest. */
    private static int rank(ValueType u) {
        return switch (u) {
            case MONEY -> 0;
            case INTEGER -> 1;
            default -> 2 + u.ordinal();
        };
    }

    /**
     * The unit a figure is shown in: a key figure's own, n as a count, a growth rate and the pay
     * gap's gaps and shares as percentages, any other table cell's statistic as money.
     */
    private ValueType unit(Figure f) {
        KeyFigure k = f.keys().isEmpty() ? labels.get(f.block()) : null;
        if (k != null) {
            return k.type();
        }
        if (f.statistic().equals("n")) {
            return ValueType.INTEGER;
        }
        return f.statistic().equals("cagr") || SHARES.contains(f.statistic()) ? ValueType.PERCENT : ValueType.MONEY;
    }

    /** The pay gap's statistics that are shares: gaps, shares receiving, and women and men in a band. */
    private static final Set<String> SHARES = Set.of("gap", "basic gap", "variable gap", "share", "women", "men");

    /** The least movement of a percentage that counts as one: a percentage point. */
    static final double POINT = 0.01;

    /**
     * What changed in the input itself since {@code earlier}: rows kept per dataset, rows set
     * aside per reason, published ranges, survey figures, market values and skill ranks — every
     * difference, however small, and what is new or gone. Nothing when the earlier figures file
     * predates input figures.
     */
    private List<Block> inData(String name, Earlier earlier) {
        var w = ctx.words();
        String since = w.format().month(earlier.period());
        Map<String, Figure> before = new LinkedHashMap<>();
        for (Earlier.Row r : earlier.rows()) {
            if (r.report().isEmpty()) {
                before.putIfAbsent(key(r.figure()), r.figure());
            }
        }
        if (before.isEmpty()) {
            return List.of();
        }
        Map<String, Figure> now = new LinkedHashMap<>();
        InputFigures.of(ctx.data()).forEach(f -> now.putIfAbsent(key(f), f));
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(before.keySet());
        List<List<Object>> rows = new ArrayList<>();
        for (String k : keys) {
            Figure was = before.get(k);
            Figure is = now.get(k);
            Figure any = is != null ? is : was;
            if (any.statistic().equals("read")) {
                continue;
            }
            Double a = was == null || was.value().isEmpty() ? null : was.value().getAsDouble();
            Double b = is == null || is.value().isEmpty() ? null : is.value().getAsDouble();
            if (Objects.equals(a, b) && (was == null) == (is == null)) {
                continue;
            }
            rows.add(Arrays.asList(inWords(any), a, b, a != null && b != null ? b - a : null,
                    was == null ? w.get("changes.data.new") : is == null ? w.get("changes.data.gone") : ""));
        }
        if (rows.isEmpty()) {
            return List.of(new Block.Prose(List.of(TextRun.plain(w.get("changes.data.none", since)))));
        }
        List<TableColumn> columns = List.of(TableColumn.of(w.get("changes.figure"), ValueType.TEXT),
                TableColumn.of(w.get("changes.before", since), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.now"), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.change"), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.data.status"), ValueType.TEXT));
        return List.of(new TableBlock(name, w.get("changes.data.caption", since), columns, rows,
                List.of(w.get("changes.data.note", since))));
    }

    /** An input figure in words: "salaries: exact duplicate of an earlier row (dropped)". */
    private String inWords(Figure f) {
        var w = ctx.words();
        String[] k = f.keys().split(" \\| ", -1);
        return switch (f.block()) {
            case "input" -> w.get("changes.data.kept", k[0]);
            case "quality" -> w.get("changes.data.quality", k[0], f.label(), f.statistic());
            case "ranges" -> w.get("changes.data.range", k[0], k.length > 1 ? k[1] : "", w.get("ranges."
                    + f.statistic()));
            case "survey" -> w.get("changes.data.survey", f.label(), String.join(", ", Arrays.asList(k)
                    .subList(1, k.length)), names.statistic(f.statistic()));
            case "market" -> w.get("changes.data.market", k[0], k.length > 1 ? k[1] : "", f.label());
            case "skills" -> w.get("changes.data.skill", k[0]);
            default -> f.block() + ": " + f.keys();
        };
    }

    private static String key(Figure f) {
        return f.block() + "\u0000" + f.keys() + "\u0000" + f.statistic();
    }
}
