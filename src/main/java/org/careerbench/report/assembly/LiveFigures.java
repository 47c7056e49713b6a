package org.careerbench.report.assembly;

import java.util.Optional;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.LiveValue;
import org.careerbench.stats.Statistic;
import org.careerbench.template.FilterSpec;

/**
 * Published figures of a block's filter, by level or for all its rows, as formulas over the
 * workbook's observations table where it can recompute them — so that they follow the
 * Assumptions — and as values where it cannot: no live observations table sorted by level, no
 * column for the filter, a row of the figure left out of the table (behind a withheld median), a
 * level that differs from another only by case, a pay element other than base, or a withheld
 * figure (never a formula that would give it back).
 */
final class LiveFigures {
    private final BuildContext ctx;

    LiveFigures(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** {@code shown}, a statistic of one level's rows under {@code filter}, live where it can be. */
    Object ofLevel(Object shown, FilterSpec filter, String level, Statistic statistic, PayElement pay) {
        Optional<String> column = column(shown, filter, level, statistic, pay);
        if (column.isEmpty() || statistic == Statistic.MEAN || levelTwins().contains(level)) {
            return shown;
        }
        return new LiveValue.CellStatistic(ctx.live().byLevel().orElseThrow(), ctx.phrases().heading(SalaryDimension.LEVEL),
                level, column.get(), statistic, shown);
    }

    /** {@code shown}, a statistic of all rows under {@code filter}, live where it can be. */
    Object ofAll(Object shown, FilterSpec filter, Statistic statistic, PayElement pay) {
        Optional<String> column = column(shown, filter, null, statistic, pay);
        return column.isEmpty() ? shown : new LiveValue.ColumnStatistic(ctx.live().byLevel().orElseThrow(),
                column.get(), statistic, shown);
    }

    private java.util.Set<String> twins;

    /** Levels that differ only by case, which a formula cannot tell apart: worked out once. */
    private java.util.Set<String> levelTwins() {
        if (twins == null) {
            twins = ObservationCells.caseTwins(ctx.population().observations().stream()
                    .map(SalaryObservation::level).distinct().toList());
        }
        return twins;
    }

    /** The member column a figure would read, when it can be live at all. */
    private Optional<String> column(Object shown, FilterSpec filter, String level, Statistic statistic,
            PayElement pay) {
        if (!(shown instanceof Number) || statistic == Statistic.N || pay != PayElement.BASE || !ctx.live().live()) {
            return Optional.empty();
        }
        Optional<String> column = ctx.memberColumn(filter);
        return column.isPresent() && WithheldRows.allInObservations(ctx, SalaryFilter.of(filter), level) ? column
                : Optional.empty();
    }
}
