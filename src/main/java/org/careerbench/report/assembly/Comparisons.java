package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.Comparison;

/**
 * A figure of this report beside the same figure of an earlier published period — the previous
 * one, or the same period a year earlier — as that period's figures file holds it: the change
 * in the figure's unit and in percent. A figure withheld on either side, or absent then, is not
 * compared; a method that changed since then is said beside the change. One per report.
 */
final class Comparisons {
    private final ReportContext run;
    private final String report;
    private final Map<Comparison, Map<String, Earlier.Row>> indexes = new HashMap<>();

    /**
     * @param report the deliverable's file name, which names its rows in earlier figures files
     */
    Comparisons(ReportContext run, String report) {
        this.run = run;
        this.report = report;
    }

    /** The earlier period {@code c} looks at, if it was published. */
    Optional<Earlier> period(Comparison c) {
        Optional<Earlier> e = c == Comparison.PREVIOUS ? run.earlier() : run.yearEarlier();
        return e;
    }

    /**
     * A key figure's changes as one clause each, e.g. "+$3,221 (+1.7%) since October 2026";
     * empty where there is nothing to compare with.
     */
    List<String> keyFigure(Words w, String id, Object now, ValueType type, String currency, String method,
            List<Comparison> comparisons) {
        List<String> clauses = new ArrayList<>();
        for (Comparison c : comparisons) {
            Optional<Earlier> e = period(c);
            if (e.isEmpty()) {
                continue;
            }
            String since = w.format().month(e.get().period());
            Optional<Earlier.Row> was = row(c, id, "");
            if (was.isEmpty()) {
                clauses.add(w.get("change.new", since));
                continue;
            }
            Object before = value(was.get());
            String clause;
            if (!(before instanceof Number b) || !(now instanceof Number n)) {
                clause = w.get("change.withheld", since);
            } else {
                double change = n.doubleValue() - b.doubleValue();
                String amount = signed(w, change, type, currency);
                clause = b.doubleValue() == 0 ? w.get("change.since.amount", amount, since)
                        : w.get("change.since", amount, w.format().signedPercent(change / Math.abs(b.doubleValue())),
                                since);
            }
            if (!was.get().method().equals(method)) {
                clause += w.get("change.method.short");
            }
            clauses.add(clause);
        }
        return clauses;
    }

    /** The two columns a comparison adds to a table of {@code statistic}: the change and the change in percent. */
    List<TableColumn> columns(Words w, String statistic, String currency, List<Comparison> comparisons) {
        List<TableColumn> columns = new ArrayList<>();
        for (Comparison c : comparisons) {
            // Headers stay short (they set the column's width): the ISO period; the note says it in words.
            String since = period(c).map(e -> e.period().toString()).orElse(w.get("change.column." + c.word()));
            columns.add(new TableColumn(w.get("change.column", statistic, since), ValueType.MONEY_CHANGE, currency));
            columns.add(TableColumn.of(w.get("change.column.share", statistic, since), ValueType.PERCENT_CHANGE));
        }
        return columns;
    }

    /** A table cell's change cells, empty (null) where it cannot be compared. */
    List<Object> cells(String block, String keys, String statistic, Object now, List<Comparison> comparisons) {
        List<Object> cells = new ArrayList<>();
        for (Comparison c : comparisons) {
            Optional<Earlier.Row> was = period(c).isPresent() ? row(c, block, keys + "\u0000" + statistic)
                    : Optional.empty();
            Object before = was.map(Comparisons::value).orElse(null);
            if (before instanceof Number b && now instanceof Number n) {
                double change = n.doubleValue() - b.doubleValue();
                cells.add(change);
                cells.add(b.doubleValue() == 0 ? null : change / Math.abs(b.doubleValue()));
            } else {
                cells.add(null);
                cells.add(null);
            }
        }
        return cells;
    }

    /** The notes under a table with change columns: what they compare, and any change of method. */
    List<String> notes(Words w, String method, List<Comparison> comparisons) {
        List<String> notes = new ArrayList<>();
        for (Comparison c : comparisons) {
            Optional<Earlier> e = period(c);
            if (e.isEmpty()) {
                notes.add(w.get("change.note.none." + c.word()));
                continue;
            }
            String since = w.format().month(e.get().period());
            notes.add(w.get("change.note", since));
            e.get().rows().stream().filter(r -> r.report().equals(report)).findFirst()
                    .filter(r -> !r.method().equals(method))
                    .ifPresent(r -> notes.add(w.get("changes.method", since, r.method(), method)));
        }
        return notes;
    }

    private static Object value(Earlier.Row r) {
        return r.figure().withheld() || r.figure().value().isEmpty() ? Suppressed.VALUE
                : (Object) r.figure().value().getAsDouble();
    }

    /**
     * A change in the unit of its figure, always signed with a real minus sign: "+$3,221",
     * "−$2,779", "+12" for a count, "+0.4 pp" … for a share (a change of a percentage is in points).
     */
    static String signed(Words w, double change, ValueType type, String currency) {
        if (type == ValueType.MONEY) {
            return w.format().signedMoney(change, currency);
        }
        String amount = type == ValueType.PERCENT ? w.get("change.points", w.format().fixed(Math.abs(change) * 100, 1))
                : w.format().format(type == ValueType.INTEGER ? (Object) Math.abs(Math.round(change))
                        : (Object) Math.abs(change), type, currency);
        boolean zero = type == ValueType.INTEGER ? Math.round(change) == 0 : Math.abs(change) < 1e-12;
        return zero ? amount : (change > 0 ? "+" : org.careerbench.report.ValueFormat.MINUS) + amount;
    }

    /**
     * This report's row of {@code block} in the period {@code c} looks at: a key figure by
     * {@code keys} "" (whatever its statistic), a table cell by its keys and statistic.
     */
    private Optional<Earlier.Row> row(Comparison c, String block, String keys) {
        Map<String, Earlier.Row> index = indexes.computeIfAbsent(c, k -> {
            Map<String, Earlier.Row> m = new HashMap<>();
            for (Earlier.Row r : period(k).map(Earlier::rows).orElse(List.of())) {
                if (r.report().equals(report)) {
                    m.putIfAbsent(r.figure().block() + "\u0001" + r.figure().keys() + "\u0000" + r.figure().statistic(),
                            r);
                    if (r.figure().keys().isEmpty()) {
                        m.putIfAbsent(r.figure().block() + "\u0001", r);
                    }
                }
            }
            return m;
        });
        return Optional.ofNullable(index.get(block + "\u0001" + keys));
    }
}
