package org.careerbench.report;

/**
 * A table cell whose value a spreadsheet computes: an Excel formula without the leading '=',
 * written with structured references to the report's other tables (e.g.
 * {@code COUNTIF(Observations[Cell],"Senior")}). Only workbook renderers show formulas; the
 * PDF renderer shows the cell empty.
 */
public record Formula(String expression) {
}
