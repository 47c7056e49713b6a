package org.careerbench.data;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What a run needs of an input folder: which datasets its templates use (each with the place
 * that uses it, for the message when it is missing), and the latest date salaries are aged to.
 * Immutable.
 *
 * @param usedBy dataset name to where it is used, e.g. {@code templates/career-report.md:216 (chart source: market)};
 *               the salaries are always needed
 * @param latest the latest effective date of the run: salaries dated after it follow the quality
 *               policy; empty to keep every year
 */
public record Needs(Map<String, String> usedBy, Optional<LocalDate> latest) {
    /** Every dataset, no date limit: what reading a folder on its own means. */
    public static final Needs EVERYTHING = new Needs(Map.of(), Optional.empty());

    public Needs {
        usedBy = Map.copyOf(usedBy);
    }

    /** Whether {@code dataset} must be present. */
    boolean requires(DatasetSchema dataset) {
        if (dataset.equals(StandardSchemas.SALARIES)) {
            return true;
        }
        if (this == EVERYTHING || usedBy.isEmpty() && latest.isEmpty()) {
            return StandardSchemas.ALL.contains(dataset);
        }
        return usedBy.containsKey(dataset.name());
    }
}
