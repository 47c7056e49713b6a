/**
 * Stage 3: the format-neutral document model, and the builder that fills a template with
 * statistics.
 *
 * <p>A {@link org.careerbench.report.Report} is sections of semantic blocks: prose, key
 * figures, typed tables, charts that know their data table, notes. Renderers turn one
 * report into one file, each natively for its format; a table keeps typed columns so a
 * workbook gets numbers with currency formats, and a chart keeps its data table so a
 * workbook chart can be bound to cells.
 *
 * <pre>{@code
 * Report report = new ReportBuilder().build(spec, inputData, new ReportContext(YearMonth.of(2026, 11)));
 * }</pre>
 *
 * <p>This package never imports OpenPDF, POI or JFreeChart.
 */
package org.careerbench.report;
