/**
 * Stage 4b: one {@link org.careerbench.report.Report} into one XLSX workbook with Apache POI.
 *
 * <p>Each level-1 section becomes a sheet. Tables become Excel Tables (structured
 * references, autofilter, banded rows) with typed cells: money is a number with a
 * currency format, never text; suppressed cells stay empty with a footnote. Charts become
 * native Excel charts bound to the cell ranges of their data table.
 *
 * <pre>{@code
 * new XlsxReportRenderer().render(report, Path.of("salary-benchmark.xlsx"));
 * }</pre>
 *
 * <p>This package computes no statistics.
 */
package org.careerbench.render.xlsx;
