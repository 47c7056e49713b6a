package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.careerbench.report.Block;
import org.careerbench.report.LiveValue;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.PayGaps;
import org.careerbench.template.TableSpec;

/**
 * The quartile pay bands of Directive (EU) 2023/970, Article 9(1)(f), as a table and as a chart:
 * the women and men in each band, with its hourly pay from and to. In the analyst's workbook,
 * beside the employees' table, each band's bounds and counts are formulas over the employees'
 * ranks; elsewhere values. A band of fewer people than the template's minimum is withheld.
 */
final class QuartileBandTables {
    private final BuildContext ctx;
    /** The pay gap's tables, whose employees' table and figure names the bands share. */
    private final PayGapNames gaps;

    QuartileBandTables(BuildContext ctx) {
        this.ctx = ctx;
        this.gaps = new PayGapNames(ctx);
    }

    /**
     * The quartile bands as a chart: the share of women and of men in each band, stacked. Its
     * figures are the quartile table's; a band of too few people is drawn empty and marked.
     */
    Block chart(org.careerbench.template.ChartSpec.PayGap spec, String name) {
        var w = ctx.words();
        if (ctx.data().roster().isEmpty()) {
            return new Block.Note(w.get("paygap.no-roster"));
        }
        if (ctx.spec().burstBy().isPresent()) {
            return new Block.Notice(w.get("paygap.burst"), w.get("paygap.burst.text"));
        }
        Workforce force = Workforce.of(ctx.data().roster(), ctx.currency(), spec.fullTimeHours());
        TableSpec.PayGap as = new TableSpec.PayGap(spec.name(), "", TableSpec.PayGap.Part.QUARTILES,
                spec.minimumN(), TableSpec.PayGap.THRESHOLD, spec.fullTimeHours(), Map.of(), spec.rules(), spec.lines());
        TableBlock data = table(as, name, force, new FigureLog());
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : data.rows()) {
            rows.add(Arrays.asList(r.get(0), r.get(5) == null ? org.careerbench.report.Suppressed.VALUE : r.get(5),
                    r.get(6) == null ? org.careerbench.report.Suppressed.VALUE : r.get(6)));
        }
        TableBlock shares = new TableBlock(name, "", List.of(data.columns().get(0), data.columns().get(5),
                data.columns().get(6)), rows, List.of());
        return new org.careerbench.report.ChartBlock(spec.title().isEmpty() ? w.get("paygap.chart.title")
                : spec.title(), org.careerbench.report.ChartType.STACKED, shares, 0, List.of(1, 2),
                w.get("paygap.band"), w.get("paygap.chart.axis"), w.get("paygap.chart.note"),
                w.get("paygap.chart.alt"));
    }

    TableBlock table(TableSpec.PayGap spec, String name, Workforce force, FigureLog figures) {
        var w = ctx.words();
        String cur = ctx.currency();
        List<List<PayGaps.Worker>> bands = PayGaps.quartileBands(force.workers(), spec.rules());
        java.util.Optional<String> live = gaps.workersTable();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("paygap.band"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.band.from", cur), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.band.to", cur), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.women.n"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.men.n"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.women.share"), ValueType.PERCENT),
                TableColumn.of(w.get("paygap.men.share"), ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            List<PayGaps.Worker> band = bands.get(q);
            long women = band.stream().filter(x -> x.sex() == PayGaps.Sex.FEMALE).count();
            long men = band.size() - women;
            boolean shown = band.size() >= spec.minimumN();
            String label = w.get("paygap.band." + (q + 1));
            String key = "Q" + (q + 1);
            Double womenShare = shown && !band.isEmpty() ? women / (double) band.size() : null;
            Double menShare = shown && !band.isEmpty() ? men / (double) band.size() : null;
            String named = w.get("paygap.band.label", label);
            figures.add(name, key, "women", womenShare, band.size(), !shown, gaps.label(named, "paygap.women.share"),
                    womenShare == null ? "—" : w.format().percent(womenShare, 1));
            figures.add(name, key, "men", menShare, band.size(), !shown, gaps.label(named, "paygap.men.share"),
                    menShare == null ? "—" : w.format().percent(menShare, 1));
            if (!shown || band.isEmpty()) {
                rows.add(Arrays.asList(label, null, null, null, null, null, null));
                continue;
            }
            double from = spec.rules().hourly(band.get(0));
            double to = spec.rules().hourly(band.get(band.size() - 1));
            if (live.isPresent()) {
                // In the analyst's workbook each band is counted over the employees' ranks: an edit there moves it.
                String table = live.get();
                String pay = w.get(spec.rules() == PayGaps.Rules.UK ? "paygap.workers.basic-hourly"
                        : "paygap.workers.hourly");
                String rank = w.get("paygap.workers.rank");
                String bandColumn = w.get("paygap.band");
                String sex = w.get("paygap.workers.sex");
                String womenColumn = w.get("paygap.women.n");
                String menColumn = w.get("paygap.men.n");
                rows.add(Arrays.asList(label, new LiveValue.BandPay(table, pay, rank, q + 1, false, from),
                        new LiveValue.BandPay(table, pay, rank, q + 1, true, to),
                        new LiveValue.BandCount(table, bandColumn, q + 1, sex, PayGapTables.FEMALE, (int) women),
                        new LiveValue.BandCount(table, bandColumn, q + 1, sex, PayGapTables.MALE, (int) men),
                        new LiveValue.ShareOfBoth(womenColumn, menColumn, womenShare),
                        new LiveValue.ShareOfBoth(menColumn, womenColumn, menShare)));
            } else if (ctx.spec().format() == org.careerbench.report.OutputFormat.XLSX) {
                rows.add(Arrays.asList(label, from, to, (Object) women, (Object) men, womenShare, menShare));
            } else {
                rows.add(Arrays.asList(label, fixed(from), fixed(to), (Object) women, (Object) men, womenShare,
                        menShare));
            }
        }
        List<String> notes = List.of(w.get("paygap.note.quartiles"));
        return new TableBlock(name, spec.caption().isEmpty() ? w.get("paygap.quartiles.caption") : spec.caption(),
                columns, rows, notes);
    }

    /** An amount as the tables show it: two decimals, in the reader's language ("70.78", "70,78"). */
    private String fixed(double v) {
        return ctx.words().format().fixed(v, 2);
    }
}
