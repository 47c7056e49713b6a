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
 */
final class SvgCharts {
    static final int WIDTH = 600;
    private static final int HEIGHT = 320;
    /** Unquoted: JFreeSVG writes styles in single-quoted attributes. */
    private static final String FONTS = "DejaVu Sans, Helvetica Neue, Arial, sans-serif";
    private final ThemedCharts themed;

    SvgCharts(ThemedCharts themed) {
        this.themed = themed;
    }

    /** The chart's height in SVG units: taller for horizontal bars, one band a category. */
    static int height(ChartBlock block) {
        return block.type() == ChartType.HBAR ? Math.max(HEIGHT, 80 + 34 * block.data().rows().size()) : HEIGHT;
    }

    /** The {@code <svg>} element of {@code block}, its ids prefixed with {@code id}. */
    String svg(ChartBlock block, String id) {
        int height = height(block);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(id + "-");
        g.setFontFunction(family -> FONTS);
        themed.create(block).draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        // JFreeSVG's own namespace is for its round trip, not a page: HTML does not allow it.
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null)
                .replaceAll(" xmlns:jfreesvg=['\"][^'\"]*['\"]", "")
                .replaceAll(" jfreesvg:[a-zA-Z-]+=['\"][^'\"]*['\"]",
                        "");
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        String label = "<title id=\"" + id + "-title\">" + Html.text(block.title()) + "</title><desc id=\"" + id
                + "-desc\">" + Html.text(block.altText()) + "</desc>";
        String tag = svg.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id
                + "-desc\">";
        return tag + label + svg.substring(open);
    }
}
