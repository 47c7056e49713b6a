package org.careerbench.report.assembly;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.MarketIndicator;
import org.careerbench.data.PayElement;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.Suppressed;
import org.careerbench.report.ValueType;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.Growth;
import org.careerbench.stats.Statistic;
import org.careerbench.template.FigureSpec;
import org.careerbench.template.KeyLines;

/** Computes the key figures a {@code figures} block declares. */
final class KeyFigures {
    private final BuildContext ctx;

    KeyFigures(BuildContext ctx) {
        this.ctx = ctx;
    }

    /**
     * One figure, with its row of figures.csv and a data warning for each value its filter names
     * that no row has this period.
     *
     * @throws BlockProblem when it names something the data does not have
     */
    Made<KeyFigure> figure(FigureSpec spec) throws BlockProblem {
        Made<KeyFigure> made = computed(spec);
        List<String> warnings = spec instanceof FigureSpec.Count c ? List.copyOf(ctx.absent(c.filter()).values())
                : spec instanceof FigureSpec.Salary s ? List.copyOf(ctx.absent(s.filter()).values()) : List.of();
        return new Made<>(withChanges(made.value(), spec), made.figures(), warnings);
    }

    /** {@code k} with its changes since the periods the template compares it with, after its basis. */
    private KeyFigure withChanges(KeyFigure k, FigureSpec spec) {
        if (spec.change().isEmpty()) {
            return k;
        }
        List<String> clauses = ctx.comparisons().keyFigure(ctx.words(), k.id(), k.value(), k.type(), k.currency(),
                ctx.method(), spec.change());
        return clauses.isEmpty() ? k : new KeyFigure(k.id(), k.label(), k.value(), k.type(), k.currency(),
                k.basis() + "; " + String.join("; ", clauses));
    }

    private Made<KeyFigure> computed(FigureSpec spec) throws BlockProblem {
        if (spec instanceof FigureSpec.Salary s) {
            return salary(s);
        }
        if (spec instanceof FigureSpec.Count c) {
            SalaryFilter filter = ctx.filter(c.filter());
            int n = ctx.population().select(filter).size();
            KeyFigure figure = new KeyFigure(c.id(), c.label(), n, ValueType.INTEGER, "", c.note().orElse(
                    otherGroup(c.filter(), filter, n).orElse(ctx.phrases().counted(n, filter))));
            return new Made<>(figure, List.of(FigureLog.figure(c.id(), "", "n", (double) n, n, false, c.label(),
                    figure.formatted(ctx.words().format()))), List.of());
        }
        FigureSpec.Market m = (FigureSpec.Market) spec;
        KeyFigure figure = market(m);
        return new Made<>(figure, List.of(FigureLog.figure(m.id(), "", m.statistic().name().toLowerCase(
                java.util.Locale.ROOT), ((Number) figure.value()).doubleValue(), -1, false, m.label(),
                figure.formatted(ctx.words().format()))), List.of());
    }

    private Made<KeyFigure> salary(FigureSpec.Salary f) throws BlockProblem {
        Statistic s = f.statistic();
        SalaryFilter filter = ctx.filter(f.filter());
        PayElement pay = f.pay().orElse(ctx.pay());
        PayElements.require(ctx, pay, f.lines());
        CellStatistics stats = ctx.valuation().cell(ctx.population().select(filter), pay);
        Object value = ctx.valuation().shown(stats, s);
        String basis = ctx.phrases().counted(stats.n(), filter)
                + (pay == PayElement.BASE ? "" : "; " + ctx.phrases().pay(pay));
        Optional<String> elsewhere = otherGroup(f.filter(), filter, stats.n());
        if (elsewhere.isPresent()) {
            basis = elsewhere.get();
        } else if (value == Suppressed.VALUE) {
            basis += ctx.words().get("figure.withheld", ctx.phrases().suppressionText());
        }
        KeyFigure figure = new KeyFigure(f.id(), f.label(), value, s == Statistic.N ? ValueType.INTEGER
                : ValueType.MONEY, ctx.currency(), f.note().orElse(basis));
        return new Made<>(figure, List.of(FigureLog.figure(f.id(), "", s.name().toLowerCase(java.util.Locale.ROOT),
                value instanceof Number v ? v.doubleValue() : null, stats.n(), value == Suppressed.VALUE, f.label(),
                figure.formatted(ctx.words().format()))), List.of());
    }

    /**
     * In one group's report of a burst, the group's name when a figure's own filter selects none of
     * the group's salaries but some of the template's population (the US median in the Europe report).
     */
    private Optional<String> otherGroup(org.careerbench.template.FilterSpec spec, SalaryFilter filter, long n) {
        var burst = ctx.spec().burstBy();
        SalaryFilter whole = SalaryFilter.of(ctx.spec().parameters().population()).and(filter);
        if (n > 0 || burst.isEmpty() || spec.isEmpty() || ctx.data().salaries().stream().noneMatch(whole)) {
            return Optional.empty();
        }
        // "No senior engineers in the US in Europe" says nothing; where the figure is, does.
        String group = String.join(", ", ctx.population().filter().conditions().getOrDefault(burst.get(),
                List.of()));
        return Optional.of(ctx.words().get("figure.other-group", ctx.words().capitalised(ctx.phrases().people().group(whole)),
                group));
    }

    private KeyFigure market(FigureSpec.Market f) throws BlockProblem {
        List<MarketIndicator> series = new ReferenceTables(ctx).series(f.indicator(), f.lines());
        MarketIndicator first = point(series, f.from(), "from", f.lines(), series.get(0));
        MarketIndicator last = point(series, f.to(), "to", f.lines(), series.get(series.size() - 1));
        if (f.statistic() == FigureSpec.MarketStatistic.CAGR) {
            if (series.size() < 2) {
                throw ctx.unknownInData(f.lines(), "indicator", "a CAGR needs two years of '" + first.indicator()
                        + "' in " + ctx.fileOf("market", "market.csv") + ", found one");
            }
            double cagr = Growth.cagr(first.value(), last.value(), last.year() - first.year());
            return new KeyFigure(f.id(), f.label(), cagr, ValueType.PERCENT, "", f.note().orElse(
                    first.indicator() + ", " + first.year() + "–" + last.year()));

        }
        MarketIndicator m = f.statistic() == FigureSpec.MarketStatistic.FIRST ? first : last;
        boolean percent = m.unit().equals("percent");
        return new KeyFigure(f.id(), f.label(), percent ? m.value() / 100 : m.value(),
                percent ? ValueType.PERCENT : ValueType.DECIMAL, "", f.note().orElse(
                        m.indicator() + ", " + m.year() + (percent ? "" : ", " + m.unit()) + "; " + m.basis()));
    }

    /** The series' value in the year the figure's {@code key} names, or {@code fallback}. */
    private MarketIndicator point(List<MarketIndicator> series, OptionalInt year, String key, KeyLines lines,
            MarketIndicator fallback) throws BlockProblem {
        if (year.isEmpty()) {
            return fallback;
        }
        for (MarketIndicator m : series) {
            if (m.year() == year.getAsInt()) {
                return m;
            }
        }
        throw ctx.unknownInData(lines, key, "no " + series.get(0).indicator() + " value for " + key + " year "
                + year.getAsInt() + " in " + ctx.fileOf("market", "market.csv") + "; expected one of "
                + series.stream().map(MarketIndicator::year).toList());
    }

    /**
     * Checks a stated CAGR in the market data against the end points of its series.
     *
     * @return a data warning for each stated rate its series disagrees with
     */
    List<String> checkStatedGrowth() {
        List<String> warnings = new java.util.ArrayList<>();
        List<MarketIndicator> market = ctx.references().market();
        for (MarketIndicator stated : market) {
            if (!stated.indicator().contains("CAGR")) {
                continue;
            }
            String base = stated.indicator().replaceFirst("\\s*CAGR.*$", "").strip();
            List<MarketIndicator> series = market.stream()
                    .filter(m -> m.indicator().startsWith(base) && !m.indicator().contains("CAGR"))
                    .sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
            if (series.size() < 2) {
                continue;
            }
            MarketIndicator a = series.get(0);
            MarketIndicator b = series.get(series.size() - 1);
            double implied = Growth.cagr(a.value(), b.value(), b.year() - a.year()) * 100;
            if (Math.abs(implied - stated.value()) > 0.05) {
                warnings.add(String.format(java.util.Locale.ROOT, "market.csv: stated CAGR %.2f%% for '%s' "
                        + "disagrees with %.2f%% implied by %d and %d values", stated.value(), base, implied,
                        a.year(), b.year()));
            }
        }
        return warnings;
    }
}
