package org.careerbench.report.assembly;

import org.careerbench.template.TableSpec;

/**
 * What the pay gap's tables share: the name of the workbook's table of employees, over which
 * their figures are live, and each figure's name in the reader's words. Immutable.
 */
final class PayGapNames {
    private final BuildContext ctx;

    PayGapNames(BuildContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The name of this workbook's table of employees, when the template has one: then the figures
     * are live over it.
     */
    java.util.Optional<String> workersTable() {
        if (ctx.spec().format() != org.careerbench.report.OutputFormat.XLSX) {
            return java.util.Optional.empty();
        }
        for (var b : ctx.spec().blocks()) {
            if (b instanceof TableSpec.PayGap p && p.part() == TableSpec.PayGap.Part.WORKERS) {
                try {
                    return java.util.Optional.of(ctx.names().of(p));
                } catch (BlockProblem e) {
                    // The employees' table has a problem of its own, reported where it is built: no live figures.
                    return java.util.Optional.empty();
                }
            }
        }
        return java.util.Optional.empty();
    }
    /** A figure's name in the reader's words: what ("Mean hourly pay"), and whose ("Women", "Gap"). */
    String label(String what, String whoseKey) {
        return ctx.words().get("paygap.label", what, ctx.words().get(whoseKey));
    }
}
