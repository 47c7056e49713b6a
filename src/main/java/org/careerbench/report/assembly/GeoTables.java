package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.careerbench.data.PayElement;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.InputKey;
import org.careerbench.report.LiveValue;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.RangeMath;
import org.careerbench.stats.SalaryBenchmark;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TableSpec;

/**
 * Geographic differentials as a cost-of-labour index (100 = national), applied to national
 * figures: local = national × index / 100, one column per group of the block's {@code rows}.
 */
final class GeoTables {
    private final BuildContext ctx;

    GeoTables(BuildContext ctx) {
        this.ctx = ctx;
    }

    TableBlock geo(TableSpec.Geo spec, String name) throws BlockProblem {
        Statistic statistic = spec.statistic();
        PayElement pay = spec.pay().orElse(ctx.pay());
        SalaryFilter filter = ctx.filter(spec.filter());
        List<Function<SalaryObservation, String>> keys = List.of(spec.rows()::valueOf);
        var groups = SalaryBenchmark.groups(ctx.population().select(filter), keys, ctx.keyOrder());
        List<String> labels = new ArrayList<>();
        List<Object> national = new ArrayList<>();
        LiveFigures figures = new LiveFigures(ctx);
        for (var g : groups.entrySet()) {
            labels.add(ctx.phrases().groups().shown(g.getKey().get(0)));
            CellStatistics cell = ctx.valuation().cell(g.getValue(), pay);
            Object shown = ctx.valuation().shown(cell, statistic);
            // The national figures follow the Assumptions like the localised ones computed from them.
            national.add(spec.rows() == org.careerbench.data.SalaryDimension.LEVEL ? figures.ofLevel(shown,
                    spec.filter(), g.getKey().get(0), statistic, pay) : shown);
        }
        var w = ctx.words();
        String indexHeader = w.get("geo.index");
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(w.get("geo.area"), ValueType.TEXT),
                TableColumn.of(w.get("geo.against"), ValueType.TEXT), TableColumn.of(indexHeader, ValueType.DECIMAL)));
        labels.forEach(l -> columns.add(TableColumn.money(l + " " + ctx.phrases().statistic(statistic), ctx.currency())));
        List<List<Object>> rows = new ArrayList<>();
        List<Object> first = new ArrayList<>(Arrays.asList(w.get("geo.national", ctx.phrases().caption(filter)), "", 100.0));
        first.addAll(national);
        rows.add(first);
        boolean unapplied = false;
        boolean live = ctx.live().live();
        for (RegionalDifferential d : ctx.references().differentials()) {
            boolean figure = !Double.isNaN(d.lowPct()) && !Double.isNaN(d.highPct());
            double index = figure ? 100 + (d.lowPct() + d.highPct()) / 2 : Double.NaN;
            boolean applies = figure && d.reference().toLowerCase(Locale.ROOT).contains("national");
            unapplied |= figure && !applies;
            Object indexCell = figure && live ? new LiveValue.Input(InputKey.geoIndex(d.area()), index)
                    : figure ? index : null;
            List<Object> row = new ArrayList<>(Arrays.asList(d.area(), d.reference(), indexCell));
            for (int c = 0; c < national.size(); c++) {
                Object n = national.get(c) instanceof LiveValue v ? v.cached() : national.get(c);
                Object local = applies && n instanceof Number v ? (Object) RangeMath.localise(v.doubleValue(), index)
                        : n == Suppressed.VALUE ? Suppressed.VALUE : null;
                if (live && local instanceof Double l) {
                    // Live: the national figure of the first row times this row's index, which reads the Assumptions.
                    local = new LiveValue.Localised(columns.get(3 + c).header(), indexHeader, l);
                }
                row.add(local);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(w.get("geo.note.index", ctx.phrases().pay(pay), ctx.phrases().agingText()));
        if (unapplied) {
            notes.add(w.get("geo.note.unapplied"));
        }
        if (national.contains(Suppressed.VALUE)) {
            notes.add(ctx.phrases().suppressionFootnote());
        }
        return new TableBlock(name, spec.caption(), columns, rows, notes);
    }
}
