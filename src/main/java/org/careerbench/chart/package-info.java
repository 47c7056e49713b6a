/**
 * JFreeChart factories: one themed {@link org.jfree.chart.JFreeChart} per
 * {@link org.careerbench.report.ChartBlock}, drawn by a renderer onto whatever
 * {@link java.awt.Graphics2D} it owns (a PDF template stays vector).
 *
 * <pre>{@code
 * ChartFonts fonts = ChartFonts.of(theme);
 * JFreeChart chart = new ThemedCharts(theme, fonts).create(block);
 * chart.draw(g2, new Rectangle2D.Double(0, 0, 480, 280));
 * }</pre>
 *
 * <p>This package knows nothing about files.
 */
package org.careerbench.chart;
