package org.careerbench.report.assembly;

import org.careerbench.data.PayElement;
import org.careerbench.template.KeyLines;

/** Checks that the data has the columns a pay element needs. */
final class PayElements {
    private PayElements() {
    }

    /**
     * @throws BlockProblem at the block's {@code pay:} line (or the template's) when the salaries have
     *                      no bonus (total cash) or neither bonus nor equity (total direct)
     */
    static void require(BuildContext ctx, PayElement p, KeyLines lines) throws BlockProblem {
        if (p == PayElement.BASE) {
            return;
        }
        var population = ctx.population().observations();
        boolean noBonus = population.stream().allMatch(o -> Double.isNaN(o.bonus()));
        boolean noEquity = population.stream().allMatch(o -> Double.isNaN(o.equityAnnual()));
        if (noBonus && (p == PayElement.TOTAL_CASH || noEquity)) {
            throw ctx.unknownInData(lines, "pay", "pay element '" + p.key() + "' needs a "
                    + (p == PayElement.TOTAL_CASH ? "bonus" : "bonus or equity_grant") + " column in "
                    + ctx.fileOf("salaries", "salaries.csv") + ", and the data has none; expected base");
        }
    }
}
