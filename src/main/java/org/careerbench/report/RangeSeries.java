package org.careerbench.report;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a range chart's data table by what they hold: the observed P10, P25, P50, P75 and
 * P90 of each category, and the published range's minimum and maximum where one is published.
 * Every renderer of a range chart reads its columns through this record, never by position.
 *
 * @param p10 the observed 10th percentile's column
 * @param p25 the observed 25th percentile's column
 * @param p50 the observed median's column
 * @param p75 the observed 75th percentile's column
 * @param p90 the observed 90th percentile's column
 * @param published the published range's minimum and maximum columns, when the chart has them
 */
public record RangeSeries(int p10, int p25, int p50, int p75, int p90, Optional<Published> published) {

    /** The published range's columns. */
    public record Published(int min, int max) {
    }

    /**
     * The range series of a chart's series columns, in the order a range chart lists them: P10,
     * P25, P50, P75, P90, then optionally minimum and maximum.
     *
     * @throws IllegalArgumentException for any other number of columns
     */
    public static RangeSeries of(List<Integer> columns) {
        if (columns.size() != 5 && columns.size() != 7) {
            throw new IllegalArgumentException("a range chart has five percentile columns and optionally a minimum "
                    + "and a maximum, found " + columns.size() + " series");
        }
        return new RangeSeries(columns.get(0), columns.get(1), columns.get(2), columns.get(3), columns.get(4),
                columns.size() == 7 ? Optional.of(new Published(columns.get(5), columns.get(6))) : Optional.empty());
    }

    /** The five percentile columns, P10 to P90. */
    public List<Integer> percentiles() {
        return List.of(p10, p25, p50, p75, p90);
    }

    /** The series columns in the order {@link #of} reads them. */
    public List<Integer> columns() {
        return published.map(p -> List.of(p10, p25, p50, p75, p90, p.min(), p.max())).orElse(percentiles());
    }
}
