package org.careerbench.report.build;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What a report needs to know about the run that builds it.
 *
 * @param period  the reporting period, e.g. 2026-11
 * @param created the creation time written into the deliverables' properties
 * @param earlier     the figures of the last period published before this one, if any
 * @param yearEarlier the figures of the same period a year before, if it was published
 */
public record ReportContext(YearMonth period, Instant created, Optional<Earlier> earlier,
        Optional<Earlier> yearEarlier) {

    /** A run with no earlier published period to compare with. */
    public ReportContext(YearMonth period, Instant created) {
        this(period, created, Optional.empty(), Optional.empty());
    }
}
