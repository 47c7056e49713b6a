/**
 * Stage 3: fills a template's typed specs with statistics from the input data, giving report
 * models.
 *
 * <p>{@link org.careerbench.report.assembly.ReportBuilder} builds each report from small values
 * fixed before its first block: the population (observations the template's population keeps,
 * in its currency), the reference rows that apply to it, the valuation (pay element, aging to
 * the effective date, suppression) and whether figures may be live formulas. Names a template
 * uses that the data lacks — a filter value, an indicator, a year, a sort column — are added to
 * the caller's problem list at the template line that names them, and building carries on, so
 * one pass finds every such mistake.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * List<Report> reports = new ReportBuilder(data).build(spec, new ReportContext(period, created), problems).reports();
 * if (!problems.isEmpty()) { ... refuse, listing problems.report() ... }
 * }</pre>
 *
 * <p>This package renders nothing.
 */
package org.careerbench.report.assembly;

