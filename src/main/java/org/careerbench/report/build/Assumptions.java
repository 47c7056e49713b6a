package org.careerbench.report.build;

import java.util.ArrayList;
import java.util.List;
import org.careerbench.data.RegionalDifferential;
import org.careerbench.report.Block;
import org.careerbench.report.InputKey;
import org.careerbench.report.ValueType;
import org.careerbench.template.TableSpec;

/**
 * The inputs a workbook's live formulas read: effective date, aging method and rate, the target
 * percentile for positioning, and one geographic index per area with a stated differential.
 */
final class Assumptions {
    static final double TARGET_PERCENTILE = 0.5;

    private final BuildContext ctx;

    Assumptions(BuildContext ctx) {
        this.ctx = ctx;
    }

    Block.Inputs inputs() {
        List<Block.Input> inputs = new ArrayList<>();
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.EFFECTIVE_DATE), "Effective date",
                ctx.valuation().effectiveDate(), ValueType.DATE,
                List.of(), 0, 0, "Salaries are aged from July of the year paid to the month of this date."));
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.AGING_METHOD), "Aging method",
                ctx.valuation().aging().method().name().toLowerCase(java.util.Locale.ROOT), ValueType.TEXT,
                List.of("compound", "simple", "none"), 0, 0,
                "compound: v·(1 + rate)^(months/12); simple: v·(1 + rate·months/12); none: as paid."));
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.AGING_RATE), "Aging rate (a year)",
                ctx.valuation().aging().rate(), ValueType.PERCENT,
                List.of(), -0.2, 0.5, "Annual market movement; 3% is the common US default, hot segments use 5–8%."));
        // Only positioning against every country's observations reads it live: with a market filter the
        // workbook's observations table cannot select the market, and an input that moves nothing misleads.
        boolean liveMarket = ctx.spec().blocks().stream().anyMatch(b -> b instanceof TableSpec.Positioning p
                && p.filter().isEmpty());
        if (liveMarket) {
            inputs.add(new Block.Input(InputKey.of(InputKey.Kind.TARGET_PERCENTILE), "Target market percentile",
                TARGET_PERCENTILE,
                ValueType.PERCENT, List.of(), 0, 1, "The market percentile employees are positioned against."));
        }
        for (RegionalDifferential d : ctx.references().differentials()) {
            if (!Double.isNaN(d.lowPct()) && !Double.isNaN(d.highPct())) {
                inputs.add(new Block.Input(InputKey.geoIndex(d.area()), "Geographic index: " + d.area(),
                        index(d), ValueType.DECIMAL, List.of(), 50, 200, "100 = " + d.reference()
                        + "; stated band " + ctx.words().format().format(d.lowPct() / 100, ValueType.PERCENT, "") + " to "
                        + ctx.words().format().format(d.highPct() / 100, ValueType.PERCENT, "") + ", midpoint used."));
            }
        }
        return new Block.Inputs(inputs);
    }

    /** 100 + the midpoint of the stated band. */
    static double index(RegionalDifferential d) {
        return 100 + (d.lowPct() + d.highPct()) / 2;
    }
}
