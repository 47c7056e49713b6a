package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.data.SkillDemand;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.spec.Suggestions;
import org.careerbench.stats.Growth;
import org.careerbench.template.KeyLines;
import org.careerbench.template.TableSpec;

/** Builds the tables of the non-salary datasets: market, skills, regional differentials, sources. */
final class ReferenceTables {
    /** The skills table's note on its Share column, which a chart of the index does not show. */
    static final String SHARE_NOTE = "Share = the skill's demand index / the sum of the indexes of the period.";

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
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of("Year", ValueType.YEAR),
                TableColumn.of(percent ? "Share" : "Value (" + unit + ")", type), TableColumn.of("Basis", ValueType.TEXT)));
        double rate = project ? Growth.cagr(series.get(0).value(), series.get(series.size() - 1).value(),
                series.get(series.size() - 1).year() - series.get(0).year()) : 0;
        if (project) {
            columns.add(TableColumn.of("At constant CAGR", type));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MarketIndicator m : series) {
            double scale = percent ? 100 : 1;
            List<Object> row = new ArrayList<>(List.of(m.year(), m.value() / scale, m.basis()));
            if (project) {
                row.add(Growth.project(series.get(0).value(), rate, m.year() - series.get(0).year()) / scale);
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add(series.get(0).indicator() + ". Source: " + series.get(0).source() + ".");
        if (series.size() >= 2) {
            MarketIndicator first = series.get(0);
            MarketIndicator last = series.get(series.size() - 1);
            double cagr = Growth.cagr(first.value(), last.value(), last.year() - first.year());
            notes.add("Implied CAGR " + first.year() + "–" + last.year() + ": "
                    + ctx.words().format().format(cagr, ValueType.PERCENT, "") + "; 'At constant CAGR' projects the first "
                    + "value at that rate: value_t = value_first · (1 + CAGR)^(t − first).");
        }
        return new TableBlock(name, spec.caption(), columns, rows, notes);
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
        List<TableColumn> columns = new ArrayList<>(List.of(TableColumn.of("Rank", ValueType.INTEGER),
                TableColumn.of("Skill", ValueType.TEXT), TableColumn.of("Examples", ValueType.TEXT),
                TableColumn.of("Demand index", ValueType.DECIMAL).with(TableColumn.Visual.DATA_BAR),
                TableColumn.of("Share", ValueType.PERCENT),
                TableColumn.of("Index basis", ValueType.TEXT)));
        if (previous != null) {
            columns.add(TableColumn.of("Rank change since " + previous, ValueType.INTEGER));
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
            notes.add("Ranking of " + latest + "." + (previous == null ? ""
                    : " Rank change: places gained since " + previous + " (blank: not ranked then)."));
        }
        notes.add(SHARE_NOTE);
        if (skills.stream().anyMatch(s -> s.indexBasis().startsWith("illustrative"))) {
            notes.add("The demand index is illustrative: the source ranks these skills without giving numbers, "
                    + "so the index only restates the rank on a 100-point scale.");
        }
        skills.stream().map(SkillDemand::source).distinct().forEach(s -> notes.add("Source: " + s + "."));
        return new TableBlock(name, caption, columns, rows, notes);
    }

    /** Regional differentials as stated, low and high ends as percent. */
    TableBlock differentials(String name, String caption) {
        List<TableColumn> columns = List.of(TableColumn.of("Area", ValueType.TEXT),
                TableColumn.of("Low", ValueType.PERCENT), TableColumn.of("High", ValueType.PERCENT),
                TableColumn.of("Against", ValueType.TEXT), TableColumn.of("Source statement", ValueType.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (RegionalDifferential d : ctx.references().differentials()) {
            rows.add(java.util.Arrays.asList(d.area(), percent(d.lowPct()), percent(d.highPct()), d.reference(),
                    d.description()));
        }
        return new TableBlock(name, caption, columns, rows,
                List.of("Blank Low/High: the source describes the difference without a figure."));
    }

    private static Object percent(double pct) {
        return Double.isNaN(pct) ? null : pct / 100;
    }
}
