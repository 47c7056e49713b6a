package org.careerbench.report.build;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What a report needs to know about the run that builds it.
 *
 * @param period  the reporting period, e.g. 2026-11
 * @param created the creation time written into the deliverables' properties
 */
public record ReportContext(YearMonth period, Instant created) {
}
