package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.LiveValue;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.diagnostics.Problem;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * Recomputes published cells with live spreadsheet formulas over the observations table, so an
 * analyst can see that the workbook's figures follow from its data: the count, the mean and the
 * percentiles of the cell's block of rows (the observations table is sorted by the same columns
 * and carries the cell's key in its "Cell" column).
 */
final class ChecksTable {
    private final BuildContext ctx;

    ChecksTable(BuildContext ctx) {
        this.ctx = ctx;
    }

    TableBlock table(TableSpec.Checks spec, String name) throws BlockProblem {
        if (ctx.spec().format() != OutputFormat.XLSX) {
            throw ctx.refuse(spec.lines(), "source", Problem.Kind.UNKNOWN_VALUE, "a checks table holds spreadsheet "
                    + "formulas; put it in an xlsx template");
        }
        if (!ctx.live().tables().containsKey(spec.observations())) {
            throw ctx.refuse(spec.lines(), "observations", Problem.Kind.UNKNOWN_VALUE, "a checks table reads the "
                    + "observations table '" + spec.observations() + "', and this template has no unfiltered "
                    + "observations table of that name sorted by rows; expected one of "
                    + ctx.live().tables().keySet());
        }
        List<Statistic> statistics = spec.statistics();
        var w = ctx.words();
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(ctx.phrases().cellColumn(), ValueType.TEXT)));
        for (Statistic s : statistics) {
            ValueType type = s == Statistic.N ? ValueType.INTEGER : ValueType.MONEY;
            String cur = type == ValueType.MONEY ? ctx.currency() : "";
            columns.add(new TableColumn(w.get("checks.published", ctx.phrases().statistic(s)), type, cur));
            columns.add(new TableColumn(w.get("checks.recomputed", ctx.phrases().statistic(s)), type, cur));
        }
        List<Function<SalaryObservation, String>> keys = spec.rows().stream()
                .<Function<SalaryObservation, String>>map(d -> d::valueOf).toList();
        List<List<Object>> rows = new ArrayList<>();
        var grouped = SalaryBenchmark.groups(ctx.population().select(ctx.filter(spec.filter())), keys, ctx.keyOrder());
        java.util.Set<String> twins = ObservationCells.caseTwins(grouped.keySet().stream().map(ObservationCells::key)
                .toList());
        boolean withheld = false;
        for (var g : grouped.entrySet()) {
            CellStatistics cell = ctx.valuation().cell(g.getValue(), PayElement.BASE);
            if (cell.value(Statistic.P50).isEmpty()) {
                continue;
            }
            String key = ObservationCells.key(g.getKey());
            if (twins.contains(key)) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(key));
            for (Statistic s : statistics) {
                Object published = ctx.valuation().shown(cell, s);
                row.add(published);
                // A withheld figure is a value: a formula in its place would give it back on recalculation.
                withheld |= !(published instanceof Number);
                row.add(published instanceof Number ? new LiveValue.CellStatistic(spec.observations(), ctx.phrases().cellColumn(),
                        key, ctx.phrases().agedColumn(), s, published) : published);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>(List.of(w.get("checks.note", spec.observations(), ctx.phrases().agedColumn()),
                w.get("checks.note.cells")));
        if (withheld) {
            notes.add(ctx.phrases().suppressionFootnote());
        }
        if (ctx.live().live()) {
            notes.add(w.get("live.fixed.checks"));
        }
        return new TableBlock(name, spec.caption(), columns, rows, notes);
    }
}
