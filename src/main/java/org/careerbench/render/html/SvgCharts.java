package org.careerbench.render.html;

import java.awt.geom.Rectangle2D;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart block as an inline SVG element: the chart the PDF draws, drawn by JFreeSVG, scaled to
 * its box by a view box, with a {@code <title>} and {@code <desc>} from the chart's title and alt
 * text for readers who cannot see it. Ids inside each SVG carry the chart's own prefix, so that
 * several charts on one page never share one.
 *
 * <p>Each chart is drawn twice: {@link #svg wide} for a desktop or tablet, and {@link #narrow} for a
 * phone, narrower and with larger text (bars laid horizontally, so that their labels have a line
 * each), so that no text is drawn smaller than 10 px on a 390 px screen. The page's style shows one.
 */
final class SvgCharts {
    static final int WIDTH = 600;
    private static final int HEIGHT = 320;
    /** The phone drawing's width: about a 390 px screen's content width, so its text is drawn at its size. */
    static final int NARROW_WIDTH = 340;
    /** How many points the phone drawing's text is larger than the theme's. */
    static final float NARROW_TEXT = 3;
    /** Unquoted: JFreeSVG writes styles in single-quoted attributes. */
    private static final String FONTS = "DejaVu Sans, Helvetica Neue, Arial, sans-serif";
    private final ThemedCharts themed;
    private final ThemedCharts larger;

    /**
     * @param themed the charts in the theme's text size
     * @param larger the charts with text {@link #NARROW_TEXT} points larger, for the phone drawing
     */
    SvgCharts(ThemedCharts themed, ThemedCharts larger) {
        this.themed = themed;
        this.larger = larger;
    }

    /** The chart's height in SVG units: taller for horizontal bars, one band a category. */
    static int height(ChartBlock block) {
        return block.type() == ChartType.HBAR ? Math.max(HEIGHT, 80 + 34 * block.data().rows().size()) : HEIGHT;
    }

    /** The phone drawing's height: taller than wide, one band of larger text a category for horizontal bars. */
    static int narrowHeight(ChartBlock block) {
        return block.type() == ChartType.HBAR ? Math.max(300, 110 + 44 * block.data().rows().size()) : 300;
    }

    /** The {@code <svg class="wide">} element of {@code block}, its ids prefixed with {@code id}. */
    String svg(ChartBlock block, String id) {
        return draw(themed, block, id, WIDTH, height(block), "wide");
    }

    /** The {@code <svg class="narrow">} element of {@code block} for a phone, its ids prefixed with {@code id}. */
    String narrow(ChartBlock block, String id) {
        ChartBlock laid = block.type() == ChartType.BAR ? block.withType(ChartType.HBAR) : block;
        return draw(larger, laid, id, NARROW_WIDTH, narrowHeight(laid), "narrow");
    }

    /**
     * On a phone a horizontal value axis's title may be wider than the plot it is centred on, and
     * an axis title does not wrap: it becomes a line of text under the chart, which wraps to the width.
     */
    private static void wrapValueAxisLabel(org.jfree.chart.JFreeChart chart) {
        if (!(chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot)
                || plot.getOrientation() != org.jfree.chart.plot.PlotOrientation.HORIZONTAL || plot.getRangeAxis() == null
                || plot.getRangeAxis().getLabel() == null || plot.getRangeAxis().getLabel().isEmpty()) {
            return;
        }
        org.jfree.chart.axis.ValueAxis axis = plot.getRangeAxis();
        org.jfree.chart.title.TextTitle title = new org.jfree.chart.title.TextTitle(axis.getLabel(), axis.getLabelFont());
        title.setPaint(axis.getLabelPaint());
        title.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(title);
        axis.setLabel(null);
    }

    private static String draw(ThemedCharts themed, ChartBlock block, String id, int width, int height,
            String css) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> FONTS);
        org.jfree.chart.JFreeChart chart = themed.create(block);
        if (width == NARROW_WIDTH) {
            wrapValueAxisLabel(chart);
        }
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        // JFreeSVG's own namespace is for its round trip, not a page: HTML does not allow it.
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null)
                .replaceAll(" xmlns:jfreesvg=['\"][^'\"]*['\"]", "")
                .replaceAll(" jfreesvg:[a-zA-Z-]+=['\"][^'\"]*['\"]",
                        "");
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String label = "<title id=\"" + id + "-title\">" + Html.text(block.title()) + "</title><desc id=\"" + id
                + "-desc\">" + Html.text(block.altText()) + "</desc>";
        String tag = svg.substring(0, open - 1) + " class=\"" + css + "\" role=\"img\" aria-labelledby=\"" + id
                + "-title " + id + "-desc\">";
        return tag + label + svg.substring(open);
    }
}
