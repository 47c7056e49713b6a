package org.careerbench.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
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
     * The chart with its note as one element that is kept together, the chart drawn at
     * {@code scale} of the full width (1 = full width; smaller keeps the proportions, centred).
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

    private PdfPTable drawChart(ChartBlock block, float scale) {
        float height = chartHeight(block);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts);
        try {
            themed.create(block).draw(g, new Rectangle2D.Double(0, 0, width, height));
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
            PdfPCell cell;
            if (scale >= 1f) {
                cell = new PdfPCell(image, true);
            } else {
                image.scaleAbsolute(width * scale, height * scale);
                cell = new PdfPCell(image, false);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            }
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
