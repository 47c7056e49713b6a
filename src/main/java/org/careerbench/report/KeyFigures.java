package org.careerbench.report;

import java.util.List;
import java.util.Map;
import org.careerbench.data.MarketIndicator;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.Growth;
import org.careerbench.stats.Statistic;
import org.careerbench.template.TemplateException;

/** Computes the key figures a {@code figures} block declares. */
final class KeyFigures {
    static final List<String> SOURCES = List.of("benchmark", "market", "observations");
    static final List<String> MARKET_STATISTICS = List.of("cagr", "first", "last");

    private final BuildContext ctx;

    KeyFigures(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** One figure from one item of a figures block. */
    KeyFigure figure(Map<String, Object> item, int line) throws TemplateException {
        BlockReader f = new BlockReader(ctx, item, line);
        String id = f.required("id");
        if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw f.error("figure id '" + id + "' must be letters, digits and '_', starting with a letter");
        }
        String label = f.required("label");
        String source = f.oneOf("source", "benchmark", SOURCES);
        return switch (source) {
            case "market" -> market(f, id, label);
            case "observations" -> {
                int n = ctx.select(f.filter()).size();
                yield new KeyFigure(id, label, n, ValueType.INTEGER, "", f.text("note",
                        new SalaryTables(ctx).describe(f.filter())));
            }
            default -> benchmark(f, id, label);
        };
    }

    private KeyFigure benchmark(BlockReader f, String id, String label) throws TemplateException {
        Statistic s = SalaryTables.statistics(f, List.of(f.text("statistic", "p50"))).get(0);
        SalaryFilter filter = f.filter();
        PayElement pay = f.pay();
        CellStatistics stats = ctx.cell(ctx.select(filter), pay);
        Object value = SalaryTables.value(stats, s);
        String basis = "n = " + stats.n() + "; " + new SalaryTables(ctx).describe(filter)
                + (pay == PayElement.BASE ? "" : "; " + pay.description());
        if (value == Suppressed.VALUE) {
            basis += "; not published (" + ctx.suppressionText() + ")";
        }
        return new KeyFigure(id, label, value, s == Statistic.N ? ValueType.INTEGER : ValueType.MONEY,
                ctx.currency(), f.text("note", basis));
    }

    private KeyFigure market(BlockReader f, String id, String label) throws TemplateException {
        String statistic = f.oneOf("statistic", "last", MARKET_STATISTICS);
        List<MarketIndicator> series = new ReferenceTables(ctx).series(f);
        MarketIndicator first = point(f, series, "from", series.get(0));
        MarketIndicator last = point(f, series, "to", series.get(series.size() - 1));
        if (statistic.equals("cagr")) {
            if (series.size() < 2) {
                throw f.error("a CAGR needs two years of '" + first.indicator() + "', found one");
            }
            double cagr = Growth.cagr(first.value(), last.value(), last.year() - first.year());
            return new KeyFigure(id, label, cagr, ValueType.PERCENT, "", f.text("note",
                    first.indicator() + ", " + first.year() + "–" + last.year()));
        }
        MarketIndicator m = statistic.equals("first") ? first : last;
        boolean percent = m.unit().equals("percent");
        return new KeyFigure(id, label, percent ? m.value() / 100 : m.value(),
                percent ? ValueType.PERCENT : ValueType.DECIMAL, "", f.text("note",
                        m.indicator() + ", " + m.year() + (percent ? "" : ", " + m.unit()) + "; " + m.basis()));
    }

    /** The series' value in the year the figure's {@code key} names, or {@code fallback}. */
    private static MarketIndicator point(BlockReader f, List<MarketIndicator> series, String key,
            MarketIndicator fallback) throws TemplateException {
        String year = f.text(key, "");
        if (year.isEmpty()) {
            return fallback;
        }
        return series.stream().filter(m -> Integer.toString(m.year()).equals(year)).findFirst()
                .orElseThrow(() -> f.error("no " + series.get(0).indicator() + " value for " + key + " year " + year
                        + "; expected one of " + series.stream().map(MarketIndicator::year).toList()));
    }

    /** Checks a stated CAGR in market.csv against the end points of its series. */
    void checkStatedGrowth() {
        for (MarketIndicator stated : ctx.market()) {
            if (!stated.indicator().contains("CAGR")) {
                continue;
            }
            String base = stated.indicator().replaceFirst("\\s*CAGR.*$", "").strip();
            List<MarketIndicator> series = ctx.market().stream()
                    .filter(m -> m.indicator().startsWith(base) && !m.indicator().contains("CAGR"))
                    .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
            if (series.size() < 2) {
                continue;
            }
            MarketIndicator a = series.get(0);
            MarketIndicator b = series.get(series.size() - 1);
            double implied = Growth.cagr(a.value(), b.value(), b.year() - a.year()) * 100;
            if (Math.abs(implied - stated.value()) > 0.05) {
                ctx.warnings.add(String.format(java.util.Locale.ROOT, "market.csv: stated CAGR %.2f%% for '%s' "
                        + "disagrees with %.2f%% implied by %d and %d values", stated.value(), base, implied,
                        a.year(), b.year()));
            }
        }
    }

}
