package org.careerbench.report;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One published figure of a report, as data: what a later period compares with and a BI tool
 * loads. Immutable.
 *
 * @param block     the block it belongs to: a key figure's id, or a table's name
 * @param keys      the table cell's group keys joined by " | " (e.g. "Senior | US"), empty for a key figure
 * @param statistic what was computed: n, mean, p10 … p90, cagr, first or last
 * @param value     the figure, empty when withheld
 * @param n         observations behind it, empty where a figure does not rest on observations
 * @param withheld  whether the suppression rule withheld it
 * @param label     a key figure's label as the reader sees it; empty for a table cell
 * @param shown     the value as the report shows it, in its language ("$195,371", "—")
 */
public record Figure(String block, String keys, String statistic, OptionalDouble value, OptionalLong n,
        boolean withheld, String label, String shown) {
}
