package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/** Which rows an observations table holds back, and whether a figure's rows are all in it. */
final class WithheldRows {
    private WithheldRows() {
    }

    /**
     * The rows an observations table leaves out: the salaries behind a withheld figure would give it
     * back, so a cell (by the table's rows, else by level) whose median is withheld keeps its rows
     * out, unless the template says otherwise ({@code withheld: show}). By identity.
     */
    static Set<SalaryObservation> leftOut(BuildContext ctx, TableSpec.Observations spec,
            List<SalaryObservation> selected) {
        Set<SalaryObservation> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (spec.showWithheld()) {
            return out;
        }
        List<SalaryDimension> cells = spec.rows().isEmpty() ? List.of(SalaryDimension.LEVEL) : spec.rows();
        Map<List<String>, List<SalaryObservation>> byCell = new java.util.HashMap<>();
        for (SalaryObservation o : selected) {
            byCell.computeIfAbsent(cells.stream().map(d -> d.valueOf(o)).toList(), k -> new ArrayList<>()).add(o);
        }
        for (var e : byCell.values()) {
            if (ctx.valuation().cell(e, PayElement.BASE).value(Statistic.P50).isEmpty()) {
                out.addAll(e);
            }
        }
        return out;
    }

    /**
     * Whether every observation of the population that {@code filter} (and {@code level}, when not
     * null) keeps is in the live observations table sorted by level: a formula over that table
     * recomputes a figure of these rows only if none was left out (behind a withheld median). Looks
     * through the few rows left out, not the many kept.
     */
    static boolean allInObservations(BuildContext ctx, SalaryFilter filter, String level) {
        java.util.Optional<String> table = ctx.live().byLevel();
        if (table.isEmpty()) {
            return false;
        }
        Set<SalaryObservation> out = ctx.live().leftOut().computeIfAbsent(table.get(), t -> leftOut(ctx,
                ctx.live().specs().get(t), ctx.population().observations()));
        return out.stream().noneMatch(o -> filter.test(o) && (level == null || o.level().equals(level)));
    }
}
