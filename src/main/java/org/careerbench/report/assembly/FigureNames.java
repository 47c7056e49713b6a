package org.careerbench.report.assembly;

import java.util.Locale;
import java.util.Map;
import org.careerbench.report.Figure;
import org.careerbench.report.KeyFigure;
import org.careerbench.stats.Statistic;

/**
 * How a report names its own figures to readers: a key figure by its label, a table cell by the
 * table's caption and the cell's groups ("Base salary by level: Senior"), a statistic as the
 * tables head it. Immutable.
 */
final class FigureNames {
    private final BuildContext ctx;
    private final Map<String, KeyFigure> labels;
    private final Map<String, String> titles;

    /**
     * @param labels the report's key figures by id
     * @param titles the report's tables and charts by name, with the caption or title readers see
     */
    FigureNames(BuildContext ctx, Map<String, KeyFigure> labels, Map<String, String> titles) {
        this.ctx = ctx;
        this.labels = Map.copyOf(labels);
        this.titles = Map.copyOf(titles);
    }

    /** The key figure a figure is, if it is one. */
    KeyFigure keyFigure(Figure f) {
        return f.keys().isEmpty() ? labels.get(f.block()) : null;
    }

    /** A figure in words: a key figure's label, or a table's caption and the cell's keys. */
    String of(Figure f) {
        if (f.keys().isEmpty()) {
            KeyFigure k = labels.get(f.block());
            return k != null ? k.label() : f.block().equals("population") ? ctx.words().get("changes.population")
                    : f.block();
        }
        if (!f.label().isEmpty()) {
            // A cell that names itself in the reader's words (the pay gap's figures).
            return f.label();
        }
        // The cell's groups as a reader names them, "Europe, Senior", never the figures file's "Europe | Senior".
        String[] keys = f.keys().split(" \\| ", -1);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ctx.phrases().groups().shownInAnyColumn(keys[i]);
        }
        return titles.getOrDefault(f.block(), f.block()) + ": " + String.join(", ", keys);
    }

    /** A figure's statistic as a reader reads it; nothing for a cell whose own label says it. */
    String statisticOf(Figure f) {
        return !f.keys().isEmpty() && !f.label().isEmpty() ? "" : statistic(f.statistic());
    }

    /** A statistic as the report's tables head it ("P50", "Mean"), or as written in capitals ("CAGR"). */
    String statistic(String name) {
        for (Statistic s : Statistic.values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return ctx.phrases().statistic(s);
            }
        }
        return name.toUpperCase(Locale.ROOT);
    }
}
