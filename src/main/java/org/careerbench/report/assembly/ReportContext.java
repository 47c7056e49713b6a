package org.careerbench.report.assembly;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a report needs to know about the run that builds it.
 *
 * @param period  the reporting period, e.g. 2026-11
 * @param created the creation time written into the deliverables' properties
 * @param earlier     the figures of the last period published before this one, if any
 * @param yearEarlier the figures of the same period a year before, if it was published
 * @param history     the figures of the {@code n} newest periods published before this one, oldest
 *                    first: read when a template charts a history, so a run without one reads none
 */
public record ReportContext(YearMonth period, Instant created, Optional<Earlier> earlier,
        Optional<Earlier> yearEarlier, IntFunction<List<Earlier>> history) {

    /** A run with no earlier published period to compare with. */
    public ReportContext(YearMonth period, Instant created) {
        this(period, created, Optional.empty(), Optional.empty(), n -> List.of());
    }
}
