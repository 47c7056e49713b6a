package org.careerbench.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Function;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.report.ChartBlock;

/**
 * A report's charts as PDF elements: each drawn as vectors into a template at the page's text
 * width (or scaled down to fit the space left on a page), kept together with its note, and the
 * heights a page layout needs to decide where it goes. Counts the time charts take.
 */
final class PdfCharts {
    private static final float CHART_HEIGHT = 250;

    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final float width;
    private final ThemedCharts themed;
    private final Function<String, Paragraph> note;

    /**
     * @param width the page's text width
     * @param note  how a chart's note is set, as the document sets its other notes
     */
    PdfCharts(PdfWriter writer, PdfFonts fonts, float width, ThemedCharts themed, Function<String, Paragraph> note) {
        this.writer = writer;
        this.fonts = fonts;
        this.width = width;
        this.themed = themed;
        this.note = note;
    }

    private long chartNanos;

    /** Time spent creating and drawing charts. */
    long chartNanos() {
        return chartNanos;
    }

    /**
     * The chart with its note as one element that is kept together, the chart drawn across the full
     * width at {@code scale} of its height (1 = its own height; smaller draws a shorter plot with
     * text of the same size, never a shrunken picture).
     */
    PdfPTable chart(ChartBlock block, float scale) {
        long start = System.nanoTime();
        try {
            return drawChart(block, scale);
        } finally {
            chartNanos += System.nanoTime() - start;
        }
    }

    /** The height the chart itself takes at full width, without its note and spacing. */
    float chartHeight(ChartBlock block) {
        return Math.max(CHART_HEIGHT, block.type() == org.careerbench.report.ChartType.HBAR
                ? 60 + 28 * block.data().rows().size() : CHART_HEIGHT);
    }

    /** The vertical space {@code element} takes on a page of this width, spacing included. */
    float heightOf(PdfPTable element) {
        element.setTotalWidth(width);
        element.setLockedWidth(true);
        return element.getTotalHeight() + element.spacingBefore() + element.spacingAfter();
    }

    /**
     * Fixes the value axis's ticks of {@code chart} to those it takes at {@code fullHeight}, so that a
     * chart drawn shorter says the same as the full one (and as the web page's drawing of it).
     */
    private void sameTicks(org.jfree.chart.JFreeChart chart, float fullHeight) {
        if (!(chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot)
                || !(plot.getRangeAxis() instanceof org.jfree.chart.axis.NumberAxis axis)) {
            return;
        }
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, fullHeight));
        } finally {
            g.dispose();
        }
        axis.setTickUnit(axis.getTickUnit(), false, true);
    }

    private PdfPTable drawChart(ChartBlock block, float scale) {
        float height = chartHeight(block) * Math.min(1f, scale);
        org.jfree.chart.JFreeChart chart = themed.create(block);
        if (scale < 1f) {
            sameTicks(chart, height / scale);
        }
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlt(block.altText());
            image.setSpacingBefore(6);
            PdfPTable holder = new PdfPTable(1);
            holder.setWidthPercentage(100);
            holder.setKeepTogether(true);
            holder.setSpacingBefore(6);
            PdfPCell cell = new PdfPCell(image, true);
            cell.setBorder(Rectangle.NO_BORDER);
            holder.addCell(cell);
            PdfPCell source = new PdfPCell(note.apply(block.source()));
            source.setBorder(Rectangle.NO_BORDER);
            holder.addCell(source);
            holder.setSpacingAfter(8);
            return holder;
        } catch (BadElementException e) {
            throw new IllegalStateException("a chart template is always a valid image", e);
        }
    }
}
