package org.careerbench.report.assembly;

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
        var w = ctx.words();
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.EFFECTIVE_DATE), w.get("inputs.effective-date"),
                ctx.valuation().effectiveDate(), ValueType.DATE,
                List.of(), 0, 0, w.get("inputs.effective-date.note")));
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.AGING_METHOD), w.get("inputs.aging-method"),
                ctx.valuation().aging().method().name().toLowerCase(java.util.Locale.ROOT), ValueType.TEXT,
                List.of("compound", "simple", "none"), 0, 0, w.get("inputs.aging-method.note")));
        inputs.add(new Block.Input(InputKey.of(InputKey.Kind.AGING_RATE), w.get("inputs.aging-rate"),
                ctx.valuation().aging().rate(), ValueType.PERCENT,
                List.of(), -0.2, 0.5, w.get("inputs.aging-rate.note")));
        // Offered only where positioning reads it live (its market has a column in the observations table):
        // an input that moves nothing misleads.
        boolean liveMarket = ctx.spec().blocks().stream().anyMatch(b -> b instanceof TableSpec.Positioning p
                && ctx.memberColumn(p.filter()).isPresent());
        if (liveMarket) {
            inputs.add(new Block.Input(InputKey.of(InputKey.Kind.TARGET_PERCENTILE), w.get("inputs.target"),
                TARGET_PERCENTILE,
                ValueType.PERCENT, List.of(), 0, 1, w.get("inputs.target.note")));
        }
        for (RegionalDifferential d : ctx.references().differentials()) {
            if (!Double.isNaN(d.lowPct()) && !Double.isNaN(d.highPct())) {
                inputs.add(new Block.Input(InputKey.geoIndex(d.area()), w.get("inputs.geo", d.area()),
                        index(d), ValueType.DECIMAL, List.of(), 50, 200, w.get("inputs.geo.note", d.reference(),
                        w.format().format(d.lowPct() / 100, ValueType.PERCENT, ""),
                        w.format().format(d.highPct() / 100, ValueType.PERCENT, ""))));
            }
        }
        return new Block.Inputs(inputs);
    }

    /** 100 + the midpoint of the stated band. */
    static double index(RegionalDifferential d) {
        return 100 + (d.lowPct() + d.highPct()) / 2;
    }
}
