package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SkillDemand;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.stats.Growth;
import org.careerbench.template.KeyLines;
import org.careerbench.template.TableSpec;

/** Builds the tables of the non-salary datasets: market, skills, regional differentials, sources. */
final class ReferenceTables {
    /** The skills table's note on its Share column, which a chart of the index does not show. */
    /** The note defining a skill's share, which a chart of the skills leaves out. */
    String shareNote() {
        return ctx.words().get("skills.note.share");
    }

    private final BuildContext ctx;

    ReferenceTables(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** The series of one market indicator by year, with the basis of each value. */
    TableBlock market(TableSpec.Market spec, String name) throws BlockProblem {
        List<MarketIndicator> series = series(spec.indicator(), spec.lines());
        String unit = series.get(0).unit();
        boolean percent = unit.equals("percent");
        ValueType type = percent ? ValueType.PERCENT : ValueType.DECIMAL;
        boolean project = series.size() >= 2;
        var w = ctx.words();
        // The values the source states have a column of their own: the market chart marks them, and in a
        // workbook it is drawn from this table rather than from a second copy of the series.
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(ctx.phrases().heading(SalaryDimension.YEAR),
                ValueType.YEAR), TableColumn.of(valueHeader(unit), type), TableColumn.of(w.get("market.stated"), type),
                TableColumn.of(w.get("market.basis"), ValueType.TEXT)));
        double rate = project ? Growth.cagr(series.get(0).value(), series.get(series.size() - 1).value(),
                series.get(series.size() - 1).year() - series.get(0).year()) : 0;
        if (project) {
            columns.add(TableColumn.of(w.get("market.constant"), type));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MarketIndicator m : series) {
            double scale = percent ? 100 : 1;
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(m.year(), m.value() / scale,
                    m.stated() ? m.value() / scale : null, m.basis()));
            if (project) {
                row.add(Growth.project(series.get(0).value(), rate, m.year() - series.get(0).year()) / scale);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(w.get("market.note.table", series.get(0).indicator(), series.get(0).source()));
        if (series.size() >= 2) {
            MarketIndicator first = series.get(0);
            MarketIndicator last = series.get(series.size() - 1);
            double cagr = Growth.cagr(first.value(), last.value(), last.year() - first.year());
            notes.add(w.get("market.note.cagr", Integer.toString(first.year()), Integer.toString(last.year()),
                    w.format().format(cagr, ValueType.PERCENT, ""), w.get("market.constant")));
        }
        return new TableBlock(name, spec.caption(), columns, rows, notes);
    }

    /** The heading of a market series' values: its share, or its value in its unit. */
    String valueHeader(String unit) {
        return unit.equals("percent") ? ctx.words().get("market.share") : ctx.words().get("market.value", unit);
    }

    /** The values of the block's {@code indicator}, by year; at least one. */
    List<MarketIndicator> series(Optional<String> named, KeyLines lines) throws BlockProblem {
        List<String> indicators = ctx.references().market().stream().map(MarketIndicator::indicator).distinct()
                .toList();
        String indicator = named.orElse(indicators.isEmpty() ? "" : indicators.get(0));
        List<MarketIndicator> series = ctx.references().market().stream().filter(m -> m.indicator().equals(indicator))
                .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
        if (series.isEmpty()) {
            String file = ctx.fileOf("market", "market.csv");
            throw ctx.unknownInData(lines, "indicator", indicators.isEmpty() ? "no market indicator in " + file
                    + " applies to this report's role family; expected at least one row"
                    : "no market indicator '" + indicator + "' in " + file
                    + Suggestions.didYouMean(indicator, indicators) + "; expected one of " + indicators);
        }
        return series;
    }

    /**
     * Skills of the latest period by rank, with the demand index, its share of the period's total and
     * its basis; with several periods, the change of rank against the previous one.
     */
    TableBlock skills(String name, String caption, OptionalInt top, KeyLines lines) throws BlockProblem {
        if (ctx.references().skills().isEmpty()) {
            throw ctx.unknownInData(lines, "source", "no skill in " + ctx.fileOf("skills", "skills.csv")
                    + " applies to this report's role family; expected at least one row");
        }
        List<String> periods = ctx.references().skills().stream().map(SkillDemand::period).distinct().sorted().toList();
        String latest = periods.get(periods.size() - 1);
        String previous = periods.size() > 1 ? periods.get(periods.size() - 2) : null;
        var w = ctx.words();
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of(w.get("skills.rank"), ValueType.INTEGER),
                TableColumn.of(w.get("skills.skill"), ValueType.TEXT), TableColumn.of(w.get("skills.examples"),
                        ValueType.TEXT),
                TableColumn.of(w.get("skills.demand"), ValueType.DECIMAL).with(TableColumn.Visual.DATA_BAR),
                TableColumn.of(w.get("market.share"), ValueType.PERCENT),
                TableColumn.of(w.get("skills.basis"), ValueType.TEXT)));
        if (previous != null) {
            columns.add(TableColumn.of(w.get("skills.change", previous), ValueType.INTEGER));
        }
        List<SkillDemand> skills = ctx.references().skills().stream().filter(s -> s.period().equals(latest))
                .sorted((a, b) -> Integer.compare(a.rank(), b.rank())).limit(top.orElse(Integer.MAX_VALUE)).toList();
        double total = skills.stream().mapToDouble(SkillDemand::demandIndex).sum();
        List<List<Object>> rows = new ArrayList<>();
        for (SkillDemand s : skills) {
            List<Object> row = new ArrayList<>(List.of(s.rank(), s.skill(), s.examples(), s.demandIndex(),
                    s.demandIndex() / total, s.indexBasis()));
            if (previous != null) {
                row.add(ctx.references().skills().stream().filter(p -> p.period().equals(previous) && p.skill().equals(s.skill()))
                        .findFirst().<Object>map(p -> p.rank() - s.rank()).orElse(null));
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (!latest.isEmpty()) {
            notes.add(w.get("skills.note.ranking", latest) + (previous == null ? ""
                    : " " + w.get("skills.note.change", previous)));
        }
        notes.add(shareNote());
        if (skills.stream().anyMatch(s -> s.indexBasis().startsWith("illustrative"))) {
            notes.add(w.get("skills.note.illustrative"));
        }
        skills.stream().map(SkillDemand::source).distinct().forEach(s -> notes.add(w.get("note.source", s)));
        return new TableBlock(name, caption, columns, rows, notes);
    }

    /** Regional differentials as stated, low and high ends as percent. */
    TableBlock differentials(String name, String caption) {
        var w = ctx.words();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("geo.area"), ValueType.TEXT),
                TableColumn.of(w.get("geo.low"), ValueType.PERCENT), TableColumn.of(w.get("geo.high"), ValueType.PERCENT),
                TableColumn.of(w.get("geo.against"), ValueType.TEXT), TableColumn.of(w.get("geo.statement"),
                        ValueType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (RegionalDifferential d : ctx.references().differentials()) {
            rows.add(java.util.Arrays.asList(d.area(), percent(d.lowPct()), percent(d.highPct()), d.reference(),
                    d.description()));
        }
        return new TableBlock(name, caption, columns, rows,
                List.of(w.get("geo.note.blank")));
    }

    private static Object percent(double pct) {
        return Double.isNaN(pct) ? null : pct / 100;
    }
}
