/**
 * Stage 4 of the pipeline: one report model in, one file out, natively for its format. Each
 * format has its package ({@code render.pdf}, {@code render.xlsx}) with one
 * {@link org.careerbench.report.Renderer}; {@link org.careerbench.render.LibrarySettings} holds
 * the libraries' process-wide settings, applied once at start-up.
 *
 * <pre>{@code
 * LibrarySettings.apply();
 * new XlsxReportRenderer().render(report, Path.of("benchmark.xlsx"));
 * }</pre>
 */
package org.careerbench.render;

