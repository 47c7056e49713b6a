/**
 * The career report as a web page: one self-contained HTML file per report — styles inline,
 * charts as inline SVG drawn by the same JFreeChart charts as the PDF (JFreeSVG), no script and
 * no request of any kind — and the index page of a published period.
 *
 * <pre>{@code
 * new HtmlReportRenderer().render(report, Path.of("out/career-report.html"));
 * }</pre>
 *
 * <p>Every value from the data or a template is escaped for HTML here, in {@link Html}; links are
 * made only for http, https and mailto addresses.
 */
package org.careerbench.render.html;

