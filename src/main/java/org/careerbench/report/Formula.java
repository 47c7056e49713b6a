package org.careerbench.report;

/**
 * A table cell whose value a spreadsheet computes: an Excel formula without the leading '=',
 * written with defined names (e.g. {@code AgingRate}) and structured references to the
 * report's tables (e.g. {@code COUNTIF(Observations[Cell],"Senior")}), and the value CareerBench
 * computed for it, which the workbook stores as the formula's cached result so that viewers that
 * do not recalculate still show true numbers. The PDF renderer shows the cached value.
 *
 * @param expression the formula
 * @param cached     a {@code Number} or {@code String}: what the formula evaluates to for this run
 */
public record Formula(String expression, Object cached) {
}
