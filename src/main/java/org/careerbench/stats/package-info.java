/**
 * Stage 2: the trade's statistics as pure functions — no I/O, no state.
 *
 * <p>Percentiles follow Excel {@code PERCENTILE.INC} (Hyndman–Fan type 7), so a figure in
 * a report equals the same formula in the workbook. Cells with too few observations are
 * suppressed by a {@link org.careerbench.stats.SuppressionRule}, never published as 0.
 *
 * <pre>{@code
 * double p50 = Percentiles.inc(new double[] {10, 20, 30, 40}, 0.5);   // 25.0
 * CellStatistics cell = CellStatistics.of(values, SuppressionRule.DEFAULT);
 * }</pre>
 */
package org.careerbench.stats;
