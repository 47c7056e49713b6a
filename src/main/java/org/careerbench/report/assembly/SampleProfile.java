package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.template.TableSpec;

/**
 * Who is in the data, before any figure is read: the population's observations counted by
 * country, company size, level and year (or the columns the template names), each value's share,
 * and a note on how old the salaries are and how they were aged. Every count is a figure of
 * figures.csv, so a sentence that cites one can be checked.
 */
final class SampleProfile {
    private final BuildContext ctx;

    SampleProfile(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** The profile table, its counts as figures (keys "column | value", statistic n). */
    Made<TableBlock> table(TableSpec.Sample spec, String name) {
        var w = ctx.words();
        List<SalaryObservation> people = ctx.population().observations();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("sample.column"), ValueType.TEXT),
                TableColumn.of(w.get("sample.value"), ValueType.TEXT), TableColumn.of("n", ValueType.INTEGER),
                TableColumn.of(w.get("sample.share"), ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        FigureLog figures = new FigureLog();
        for (SalaryDimension d : spec.by()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            people.forEach(o -> counts.merge(d.valueOf(o), 1, Integer::sum));
            List<Map.Entry<String, Integer>> ordered = new ArrayList<>(counts.entrySet());
            // Levels in the template's order, years in time order, anything else most frequent first.
            ordered.sort(d == SalaryDimension.LEVEL || d == SalaryDimension.YEAR
                    ? Map.Entry.comparingByKey(ctx.order())
                    : Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            int others = 0;
            int otherValues = 0;
            String heading = ctx.phrases().heading(d);
            for (int i = 0; i < ordered.size(); i++) {
                var e = ordered.get(i);
                // The rest as one row, unless the rest is a single value, which is then shown by name.
                boolean ranked = d != SalaryDimension.LEVEL && d != SalaryDimension.YEAR;
                if (ranked && i >= spec.top() && ordered.size() > spec.top() + 1) {
                    others += e.getValue();
                    otherValues++;
                    continue;
                }
                rows.add(row(heading, ctx.phrases().groups().shown(d, e.getKey()), e.getValue(), people.size()));
                figures.add(name, d.column() + " | " + e.getKey(), "n", (double) e.getValue(), e.getValue(), false, "",
                        w.format().count(e.getValue()));
            }
            if (others > 0) {
                rows.add(row(heading, w.get("sample.other", otherValues), others, people.size()));
                figures.add(name, d.column() + " | other", "n", (double) others, others, false, "",
                        w.format().count(others));
            }
        }
        List<String> notes = new ArrayList<>();
        IntSummaryStatistics years = people.stream().mapToInt(SalaryObservation::year).summaryStatistics();
        if (years.getCount() > 0) {
            long months = ctx.valuation().months(years.getMax());
            notes.add(w.get("sample.note.age", Integer.toString(years.getMin()), Integer.toString(years.getMax()),
                    months, ctx.phrases().agingText()));
        }
        notes.add(w.get("sample.note", ctx.phrases().people().group(ctx.population().filter()), people.size()));
        return new Made<>(new TableBlock(name, spec.caption().isEmpty() ? w.get("sample.caption") : spec.caption(),
                columns, rows, notes), figures.rows(), List.of());
    }

    private static List<Object> row(String column, String value, int n, int of) {
        return List.of(column, value, n, of == 0 ? 0.0 : n / (double) of);
    }
}
