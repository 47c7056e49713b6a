package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.report.Block;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
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
    private final Map<String, String> titles;

    /**
     * @param report the deliverable's file name, which matches its rows in the earlier figures file
     * @param labels this report's key figures, whose labels name them in the table
     * @param titles this report's tables and charts by name, with the caption or title readers see
     */
    Changes(BuildContext ctx, ReportContext run, String report, Map<String, KeyFigure> labels,
            Map<String, String> titles) {
        this.titles = Map.copyOf(titles);
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
        List<List<Object>> rows = new ArrayList<>();
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
            boolean moved = !Double.isNaN(share) && Math.abs(share) >= spec.threshold();
            if (!moved && !statusChanged) {
                continue;
            }
            rows.add(java.util.Arrays.asList(what(f), statistic(f.statistic()),
                    old.value().isPresent() ? (Object) old.value().getAsDouble() : org.careerbench.report.Suppressed.VALUE,
                    f.value().isPresent() ? (Object) f.value().getAsDouble() : org.careerbench.report.Suppressed.VALUE,
                    Double.isNaN(change) ? null : change, Double.isNaN(share) ? null : share));
        }
        List<TableColumn> columns = List.of(TableColumn.of(w.get("changes.figure"), ValueType.TEXT),
                TableColumn.of(w.get("changes.statistic"), ValueType.TEXT),
                TableColumn.of(w.get("changes.before", since), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.now"), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.change"), ValueType.DECIMAL),
                TableColumn.of(w.get("changes.share"), ValueType.PERCENT));
        List<String> notes = new ArrayList<>();
        notes.add(w.get("changes.note", since, w.format().percent(spec.threshold())));
        if (!method.equals(ctx.method())) {
            notes.add(w.get("changes.method", since, method, ctx.method()));
        }
        if (rows.isEmpty()) {
            blocks.add(new Block.Prose(List.of(TextRun.plain(w.get("changes.none", since,
                    w.format().percent(spec.threshold()))))));
            notes.forEach(n -> blocks.add(new Block.Note(n)));
            return blocks;
        }
        String caption = spec.caption().isEmpty() ? w.get("changes.caption", since) : spec.caption();
        blocks.add(new TableBlock(name, caption, columns, rows, notes));
        return blocks;
    }

    /** A figure in words: a key figure's label, or a table's name and the cell's keys. */
    private String what(Figure f) {
        if (f.keys().isEmpty()) {
            KeyFigure k = labels.get(f.block());
            return k != null ? k.label() : f.block().equals("population") ? ctx.words().get("changes.population")
                    : f.block();
        }
        return titles.getOrDefault(f.block(), f.block()) + ": " + f.keys();
    }

    /** A statistic as the report's tables head it ("P50", "Mean"), or as written ("cagr"). */
    private String statistic(String name) {
        for (org.careerbench.stats.Statistic s : org.careerbench.stats.Statistic.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return ctx.statistic(s);
            }
        }
        return name.toUpperCase(java.util.Locale.ROOT);
    }

    private static String key(Figure f) {
        return f.block() + "\u0000" + f.keys() + "\u0000" + f.statistic();
    }
}
