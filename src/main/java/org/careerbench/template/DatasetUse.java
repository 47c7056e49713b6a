package org.careerbench.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reference datasets a run's templates use, each with the first place that uses it: a
 * dataset no template uses need not be in the input folder. The salaries are always needed; the
 * optional datasets (survey percentiles, roster, rates) stay optional: a block that reads one that
 * is absent says so in the report.
 * Documented in docs/data.md ("Which datasets a run needs").
 */
public final class DatasetUse {
    private DatasetUse() {
    }

    /** Dataset name to e.g. {@code templates/career-report.md:216 (chart source: market)}. */
    public static Map<String, String> of(List<TemplateSpec> specs) {
        Map<String, String> used = new LinkedHashMap<>();
        for (TemplateSpec spec : specs) {
            for (BlockSpec b : spec.blocks()) {
                String where = spec.source() + ":" + b.line();
                if (b instanceof FiguresBlock f) {
                    for (FigureSpec figure : f.figures()) {
                        if (figure instanceof FigureSpec.Market) {
                            used.putIfAbsent("market", spec.source() + ":" + figure.lines().block()
                                    + " (figure source: market)");
                        }
                    }
                } else if (b instanceof TableSpec t) {
                    dataset(t).ifPresent(d -> used.putIfAbsent(d, where + " (table source: " + t.source() + ")"));
                } else if (b instanceof ChartSpec c) {
                    dataset(c).ifPresent(d -> used.putIfAbsent(d, where + " (chart source: " + c.source() + ")"));
                }
            }
        }
        return used;
    }

    private static java.util.Optional<String> dataset(TableSpec t) {
        if (t instanceof TableSpec.Ranges || t instanceof TableSpec.Positioning || t instanceof TableSpec.Findings) {
            return java.util.Optional.of("salary-ranges");
        }
        if (t instanceof TableSpec.Geo || t instanceof TableSpec.Differentials || t instanceof TableSpec.Assumptions) {
            return java.util.Optional.of("regional-differentials");
        }
        if (t instanceof TableSpec.Market) {
            return java.util.Optional.of("market");
        }
        if (t instanceof TableSpec.Skills) {
            return java.util.Optional.of("skills");
        }
        if (t instanceof TableSpec.Survey) {
            return java.util.Optional.of("survey-percentiles");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> dataset(ChartSpec c) {
        if (c instanceof ChartSpec.Ranges) {
            return java.util.Optional.of("salary-ranges");
        }
        if (c instanceof ChartSpec.Market) {
            return java.util.Optional.of("market");
        }
        if (c instanceof ChartSpec.Skills) {
            return java.util.Optional.of("skills");
        }
        return java.util.Optional.empty();
    }
}
