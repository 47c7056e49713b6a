package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.careerbench.data.SalaryObservation;
import org.careerbench.data.SkillDemand;
import org.careerbench.report.Block;
import org.careerbench.report.TextRun;

/** Writes the methodology statements a comp analyst checks first: method, thresholds, population, sources. */
final class Methodology {
    private final BuildContext ctx;

    Methodology(BuildContext ctx) {
        this.ctx = ctx;
    }

    Block.Bullets statements() {
        List<String> items = new ArrayList<>();
        var w = ctx.words();
        items.add(w.get("method.percentiles"));
        items.add(w.get("method.suppression", ctx.phrases().suppressionText()));
        List<SalaryObservation> population = ctx.population().observations();
        IntSummaryStatistics years = population.stream().mapToInt(SalaryObservation::year).summaryStatistics();
        String paid = years.getCount() > 0 ? years.getMin() + "–" + years.getMax() : "";
        items.add(w.get(paid.isEmpty() ? "method.population.none" : "method.population",
                ctx.phrases().people().group(ctx.population().filter()), population.size(), paid));
        items.add(w.get("method.pay", ctx.phrases().pay(ctx.pay()), ctx.currency()));
        items.add(w.get("method.quality"));
        if (ctx.valuation().aging().method() == org.careerbench.stats.Aging.Method.NONE) {
            items.add(w.get("method.aging.none", paid.isEmpty() ? "—" : paid));
        } else {
            items.add(w.get("method.aging", paid, ctx.phrases().agingText(),
                    w.get(ctx.valuation().aging().method() == org.careerbench.stats.Aging.Method.COMPOUND
                            ? "method.aging.compound" : "method.aging.simple"),
                    w.format().date(ctx.valuation().effectiveDate())));
        }
        items.add(w.get(ProvenanceTable.technical(ctx) ? "method.sources" : "method.sources.reader"));
        if (ctx.references().skills().stream().map(SkillDemand::indexBasis).anyMatch(b -> b.startsWith("illustrative"))) {
            items.add(w.get("method.skills"));
        }
        return new Block.Bullets(items.stream().map(i -> List.of(TextRun.plain(i))).toList(), false);
    }
}
