package org.careerbench.report;

import java.time.YearMonth;

/**
 * What a report needs to know about the run that builds it.
 *
 * @param period the reporting period, e.g. 2026-11
 */
public record ReportContext(YearMonth period) {
}
