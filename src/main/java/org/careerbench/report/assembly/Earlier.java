package org.careerbench.report.assembly;

import java.time.YearMonth;
import java.util.List;
import org.careerbench.report.Figure;

/**
 * The figures of the period published before the one being built, as its figures file holds
 * them: what a "What changed" block compares with. Immutable.
 *
 * @param period the earlier period
 * @param rows   its figures, each with the report it was in and the method it was made by
 */
public record Earlier(YearMonth period, List<Row> rows) {
    public Earlier {
        rows = List.copyOf(rows);
    }

    /**
     * One figure of the earlier period.
     *
     * @param report the deliverable it was in, e.g. career-report.pdf
     * @param figure the figure
     * @param method how it was made
     */
    public record Row(String report, Figure figure, String method) {
    }
}
