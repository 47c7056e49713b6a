package org.careerbench.report.assembly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.template.KeyLines;

/**
 * Key figures of this report over the newest published periods, this one included: one row a
 * period (oldest first), one column a figure, each earlier value as that period's figures file
 * holds it. A figure withheld in a period is withheld in its row; one the period did not publish
 * is left empty. A method that changed between two periods is a note under the history, naming
 * the period, the method before and after — a line across it is never drawn silently.
 */
final class History {
    private final BuildContext ctx;
    private final ReportContext run;
    private final String report;
    private final Map<String, KeyFigure> figures;

    /**
     * @param report  the deliverable's file name, which names its rows in earlier figures files
     * @param figures this report's key figures by id
     */
    History(BuildContext ctx, ReportContext run, String report, Map<String, KeyFigure> figures) {
        this.ctx = ctx;
        this.run = run;
        this.report = report;
        this.figures = figures;
    }

    /**
     * The history as a table named {@code name}.
     *
     * @throws BlockProblem when an id is not a key figure of this template
     */
    TableBlock table(String name, String caption, List<String> ids, int periods, KeyLines lines) throws BlockProblem {
        List<KeyFigure> chosen = chosen(ids, lines);
        var w = ctx.words();
        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.of(w.get("history.period"), ValueType.TEXT));
        for (KeyFigure k : chosen) {
            columns.add(k.type() == ValueType.MONEY ? TableColumn.money(k.label(), k.currency())
                    : TableColumn.of(k.label(), k.type()));
        }
        List<Earlier> earlier = run.history().apply(periods - 1);
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String method = null;
        YearMonth earliest = null;
        for (Earlier e : earlier) {
            Map<String, Figure> byId = new LinkedHashMap<>();
            String then = null;
            for (Earlier.Row r : e.rows()) {
                if (r.report().equals(report) && r.figure().keys().isEmpty()) {
                    byId.putIfAbsent(r.figure().block(), r.figure());
                    then = r.method();
                }
            }
            if (then == null) {
                continue;
            }
            if (method != null && !method.equals(then)) {
                notes.add(w.get("history.method", w.format().month(e.period()), method, then));
            }
            method = then;
            earliest = earliest == null ? e.period() : earliest;
            List<Object> row = new ArrayList<>();
            row.add(period(e.period()));
            for (KeyFigure k : chosen) {
                Figure f = byId.get(k.id());
                row.add(f == null ? null : f.withheld() || f.value().isEmpty() ? Suppressed.VALUE
                        : k.type() == ValueType.INTEGER ? (Object) Math.round(f.value().getAsDouble())
                        : (Object) f.value().getAsDouble());
            }
            rows.add(row);
        }
        if (method != null && !method.equals(ctx.method())) {
            notes.add(w.get("history.method", w.format().month(run.period()), method, ctx.method()));
        }
        YearMonth first = rows.isEmpty() ? run.period() : earliest;
        List<Object> now = new ArrayList<>(Arrays.asList(period(run.period())));
        for (KeyFigure k : chosen) {
            now.add(k.value());
        }
        rows.add(now);
        notes.add(0, rows.size() == 1 ? w.get("history.first", w.format().month(run.period()))
                : w.get("history.note", rows.size(), w.format().month(first), w.format().month(run.period())));
        if (ctx.live().live()) {
            notes.add(w.get("live.fixed.history"));
        }
        String title = caption.isEmpty() ? w.get("history.caption", chosen.size() == 1 ? chosen.get(0).label()
                : w.get("history.figures")) : caption;
        return new TableBlock(name, title, columns, rows, notes);
    }

    /**
     * The history as a chart: a series a figure over the periods; empty in the first published
     * period, which has no line to draw (a {@code changes} block or a history table says it is the
     * first).
     */
    Optional<ChartBlock> chart(String name, String title, ChartType type, String categoryAxis, String valueAxis,
            List<String> ids, int periods, KeyLines lines) throws BlockProblem {
        TableBlock data = table(name, "", ids, periods, lines);
        var w = ctx.words();
        if (data.columns().size() < 2) {
            return Optional.empty(); // none of its figures could be computed; each says why
        }
        for (TableColumn c : data.columns().subList(2, data.columns().size())) {
            TableColumn one = data.columns().get(1);
            if (c.type() != one.type() || !c.currency().equals(one.currency())) {
                throw ctx.refuse(lines, "figures", Problem.Kind.UNKNOWN_VALUE, "a history chart draws figures of "
                        + "one kind on one axis; '" + one.header() + "' and '" + c.header() + "' are of different "
                        + "kinds (" + kind(one) + ", " + kind(c) + "); chart them apart, or show both in a history "
                        + "table");
            }
        }
        if (data.rows().size() < 2) {
            return Optional.empty();
        }
        List<Integer> series = new ArrayList<>();
        for (int i = 1; i < data.columns().size(); i++) {
            series.add(i);
        }
        TableColumn first = data.columns().get(1);
        String unit = first.type() == ValueType.MONEY ? " (" + first.currency() + ")" : "";
        return Optional.of(new ChartBlock(title.isEmpty() ? data.caption() : title, type, data, 0, series,
                categoryAxis.isEmpty() ? w.get("history.period") : categoryAxis,
                valueAxis.isEmpty() ? (series.size() == 1 ? first.header() : w.get("history.figures")) + unit
                        : valueAxis,
                String.join(" ", data.footnotes()), w.get("chart.alt", w.get("chart.kind."
                        + type.name().toLowerCase(Locale.ROOT)), data.caption(), data.rows().size())));
    }

    private static String kind(TableColumn c) {
        return c.type() == ValueType.MONEY ? "money in " + c.currency() : c.type().name().toLowerCase(
                Locale.ROOT);
    }

    /** The key figures {@code ids} names, in its order; an id the template does not declare is a problem. */
    private List<KeyFigure> chosen(List<String> ids, KeyLines lines) throws BlockProblem {
        List<KeyFigure> chosen = new ArrayList<>();
        for (String id : ids) {
            KeyFigure k = figures.get(id);
            if (k == null && ctx.spec().figureIds().contains(id)) {
                continue; // declared, but it could not be computed: that problem is reported at the figure
            }
            if (k == null) {
                // Named from what the template declares: a figure that failed is still a name the writer meant.
                List<String> declared = ctx.spec().figureIds().stream().sorted().toList();
                throw ctx.refuse(lines, "figures", Problem.Kind.DATA_REFERENCE, "history figure '" + id + "' is not a "
                        + "key figure of this template" + Suggestions.didYouMean(id, declared) + "; expected one of "
                        + declared);
            }
            chosen.add(k);
        }
        return chosen;
    }

    /**
     * A period as its row names it: "Oct 2026" for a reader of a PDF or page; "2026-10" in a
     * workbook, where it sorts and matches the figures file's period column.
     */
    private String period(java.time.YearMonth period) {
        return ctx.spec().format() == org.careerbench.report.OutputFormat.XLSX ? period.toString()
                : ctx.words().format().shortMonth(period);
    }
}
