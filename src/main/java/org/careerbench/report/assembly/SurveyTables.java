package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import org.careerbench.data.Marker;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.data.SurveyPercentiles;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/** Published survey percentiles beside the percentiles observed in the salary data. */
final class SurveyTables {
    private final BuildContext ctx;

    SurveyTables(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** The survey table, with a data warning for each survey row in another currency. */
    Made<TableBlock> survey(TableSpec.Survey spec, String name) throws BlockProblem {
        String cur = ctx.currency();
        var w = ctx.words();
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(w.get("survey.source"), ValueType.TEXT),
                TableColumn.of(w.get("survey.as-of"), ValueType.TEXT), TableColumn.of(w.get("survey.occupation"),
                        ValueType.TEXT), TableColumn.of(w.get("survey.employment"),
                        ValueType.INTEGER), TableColumn.of(w.get("survey.observations"), ValueType.INTEGER)));
        for (String f : SurveyPercentiles.FIGURES) {
            columns.add(TableColumn.money(w.get("statistic." + f), cur));
        }
        List<List<Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean withheld = false;
        for (SurveyPercentiles s : ctx.references().surveys()) {
            if (!s.currency().equals(cur)) {
                warnings.add("survey-percentiles: '" + s.occupation() + "' is in " + s.currency() + ", not " + cur
                        + "; left out");
                continue;
            }
            // The area belongs to the occupation it was surveyed in: one column fewer keeps the figures readable.
            List<Object> row = new ArrayList<>(List.of(s.source(), s.asOf(), (s.occupationCode().isEmpty() ? ""
                    : s.occupationCode() + " ") + s.occupation() + (s.level().isEmpty() ? "" : ", " + s.level())
                    + (s.area().isEmpty() ? "" : ", " + s.area())));
            // The survey's estimate of people employed, never in the same column as this report's n.
            row.add(s.employment() < 0 ? null : s.employment());
            row.add(null);
            for (String f : SurveyPercentiles.FIGURES) {
                double v = s.figure(f);
                if (s.marker(f) == Marker.TOP_CODED) {
                    notes.add(w.get(Double.isNaN(v) ? "survey.note.top-coded.blank" : "survey.note.top-coded",
                            w.get("statistic." + f), s.occupation()));
                }
                withheld |= Double.isNaN(v);
                row.add(Double.isNaN(v) ? Suppressed.VALUE : v);
            }
            rows.add(row);
        }
        SalaryFilter filter = ctx.filter(spec.filter());
        List<SalaryObservation> observed = ctx.population().select(filter);
        CellStatistics cell = ctx.valuation().cell(observed, PayElement.BASE);
        List<Object> row = new ArrayList<>(List.of(w.get("survey.observed"), years(observed),
                ctx.phrases().caption(filter)));
        row.add(null);
        row.add(cell.n());
        for (Statistic s : List.of(Statistic.MEAN, Statistic.P10, Statistic.P25, Statistic.P50, Statistic.P75,
                Statistic.P90)) {
            Object v = ctx.valuation().shown(cell, s);
            withheld |= v == Suppressed.VALUE;
            row.add(new LiveFigures(ctx).ofAll(v, spec.filter(), s, PayElement.BASE));
        }
        rows.add(row);
        if (withheld) {
            notes.add(w.get("survey.note.withheld", ctx.phrases().suppressionText()));
        }
        notes.add(w.get("survey.note.aging", ctx.phrases().agingText()));
        return Made.warned(new TableBlock(name, spec.caption(), columns, rows, notes), warnings);
    }

    private static String years(List<SalaryObservation> observed) {
        var stats = observed.stream().mapToInt(SalaryObservation::year).summaryStatistics();
        return stats.getCount() == 0 ? "" : stats.getMin() == stats.getMax() ? Integer.toString(stats.getMin())
                : stats.getMin() + "–" + stats.getMax();
    }
}
