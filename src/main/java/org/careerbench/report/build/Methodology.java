package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.careerbench.data.SalaryObservation;
import org.careerbench.data.SkillDemand;
import org.careerbench.report.Block;
import org.careerbench.report.TextRun;
import org.careerbench.spec.Plural;

/** Writes the methodology statements a comp analyst checks first: method, thresholds, population, sources. */
final class Methodology {
    private final BuildContext ctx;

    Methodology(BuildContext ctx) {
        this.ctx = ctx;
    }

    Block.Bullets statements() {
        List<String> items = new ArrayList<>();
        items.add("Percentiles: Excel PERCENTILE.INC (Hyndman–Fan type 7, as in R and NumPy): on the n sorted "
                + "values, position (n − 1)·p + 1, with linear interpolation between neighbours. The mean is "
                + "shown beside the median as a check on skew.");
        items.add("Suppression: a statistic is published only with " + ctx.suppressionText()
                + ". Withheld figures appear as '—' in the report and as empty cells in the workbook, never as 0. "
                + "Minimum and maximum are not published.");
        List<SalaryObservation> population = ctx.population().observations();
        IntSummaryStatistics years = population.stream().mapToInt(SalaryObservation::year).summaryStatistics();
        items.add("Population: " + ctx.people().group(ctx.population().filter()) + "; "
                + Plural.of(population.size(), "observation") + (years.getCount() > 0 ? ", paid " + years.getMin() + "–" + years.getMax() : "")
                + ".");
        items.add("Pay element and currency: " + ctx.pay().description() + " in " + ctx.currency()
                + " (total cash = base + bonus; total direct = total cash + equity grant / vesting years, when the "
                + "data has those columns); salaries reported in "
                + "another currency are converted with dated exchange rates, or the run stops, as the data-quality "
                + "policy says.");
        items.add("Data quality: rows dropped, changed or flagged while reading the input are counted by reason in "
                + "the data-quality section and in the run's manifest; none is dropped silently.");
        if (ctx.valuation().aging().method() == org.careerbench.stats.Aging.Method.NONE) {
            items.add("Aging: none. Each figure reflects the years in which the salaries were paid ("
                    + (years.getCount() > 0 ? years.getMin() + "–" + years.getMax() : "none") + ").");
        } else {
            items.add("Aging: salaries paid " + (years.getCount() > 0 ? years.getMin() + "–" + years.getMax() : "")
                    + " are dated 1 July of their year and " + ctx.agingText() + " ("
                    + (ctx.valuation().aging().method() == org.careerbench.stats.Aging.Method.COMPOUND
                            ? "aged = value · (1 + rate)^(months / 12)" : "aged = value · (1 + rate · months / 12)")
                    + ", whole months). Effective date: " + ctx.valuation().effectiveDate() + ". Published ranges and survey "
                    + "figures are shown as published, with their own dates.");
        }
        items.add("Sources: the table below lists each dataset as this run read it — the file, its rows read and "
                + "kept, a short SHA-256 — with the publisher, date and licence stated for that file.");
        if (ctx.references().skills().stream().map(SkillDemand::indexBasis).anyMatch(b -> b.startsWith("illustrative"))) {
            items.add("Skills: the demand index is illustrative. The source ranks skills without numbers; the "
                    + "index restates the rank on a 100-point scale and measures nothing further.");
        }
        return new Block.Bullets(items.stream().map(i -> List.of(TextRun.plain(i))).toList(), false);
    }
}
