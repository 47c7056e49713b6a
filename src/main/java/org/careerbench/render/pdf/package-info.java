/**
 * Stage 4a: one {@link org.careerbench.report.Report} into one PDF with OpenPDF.
 *
 * <p>A cover page, then one numbered, bookmarked section per report section; tables with
 * a repeated header row and right-aligned numbers; charts drawn as vector graphics
 * through a {@link com.lowagie.text.pdf.PdfTemplate}; the theme's TrueType fonts embedded
 * everywhere, chart text included; "Page X of Y" on every page after the cover.
 *
 * <pre>{@code
 * new PdfReportRenderer().render(report, Path.of("career-report.pdf"));
 * }</pre>
 *
 * <p>This package computes no statistics: every number comes from the report model.
 */
package org.careerbench.render.pdf;
