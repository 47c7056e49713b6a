package org.careerbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.OutputFormat;
import org.careerbench.template.TemplateException;

/**
 * Recomputes published cells with live spreadsheet formulas over the observations table, so an
 * analyst can see that the workbook's figures follow from its data: COUNTIF for n, AVERAGEIF for
 * the mean, and PERCENTILE.INC over the cell's block of rows (the observations table is sorted
 * by the same columns and carries the cell's key in its "Cell" column).
 */
final class ChecksTable {
    static final String VALUE_COLUMN = "Aged base salary";
    static final String KEY_COLUMN = "Cell";

    private final BuildContext ctx;

    ChecksTable(BuildContext ctx) {
        this.ctx = ctx;
    }

    TableBlock table(BlockReader block, String name) throws TemplateException {
        if (ctx.spec.format() != OutputFormat.XLSX) {
            throw block.error("a checks table holds spreadsheet formulas; put it in an xlsx template");
        }
        String data = block.text("table", "Observations");
        List<SalaryDimension> dims = new SalaryTables(ctx).dimensions(block);
        List<Statistic> statistics = SalaryTables.statistics(block, block.list("statistics", List.of("n", "p50")));
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of("Cell", ValueType.TEXT)));
        for (Statistic s : statistics) {
            ValueType type = s == Statistic.N ? ValueType.INTEGER : ValueType.MONEY;
            String cur = type == ValueType.MONEY ? ctx.currency() : "";
            columns.add(new TableColumn(s.label() + " published", type, cur));
            columns.add(new TableColumn(s.label() + " recomputed", type, cur));
        }
        List<Function<SalaryObservation, String>> keys = dims.stream()
                .<Function<SalaryObservation, String>>map(d -> d::valueOf).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (var g : SalaryBenchmark.groups(ctx.select(block.filter()), keys, ctx.keyOrder()).entrySet()) {
            CellStatistics cell = ctx.cell(g.getValue(), PayElement.BASE);
            if (cell.value(Statistic.P50).isEmpty()) {
                continue;
            }
            String key = cellKey(g.getKey());
            List<Object> row = new ArrayList<>(List.of(key));
            for (Statistic s : statistics) {
                Object published = SalaryTables.value(cell, s);
                row.add(published);
                row.add(new Formula(Formulas.statistic(data, KEY_COLUMN, key, VALUE_COLUMN, s), published));
            }
            rows.add(row);
        }
        return new TableBlock(name, block.text("caption", ""), columns, rows, List.of(
                "Published: the figure as computed by CareerBench. Recomputed: a live formula over table " + data
                        + " (COUNTIF, AVERAGEIF, PERCENTILE.INC over the cell's rows of '" + VALUE_COLUMN
                        + "'). The two agree; a difference would mean the data table and the figures have parted.",
                "Only cells whose median is published are checked."));
    }

    /** The key the observations table writes in its "Cell" column: values joined with " | ". */
    static String cellKey(List<String> values) {
        return String.join(" | ", values);
    }

}
