package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.chart.ChartFonts;
import org.careerbench.chart.ThemedCharts;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;

/** A chart as inline SVG: labelled for readers who cannot see it, its ids its own, its text escaped. */
class SvgChartsTest {
    private static ChartBlock chart(ChartType type, int rows, String title) {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(List.of("Level " + i, 100_000.0 + i * 10_000));
        }
        return new ChartBlock(title, type, new TableBlock("d", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("P50", "USD")), data, List.of()), 0, List.of(1), "Level", "USD", "", "Median by level");
    }

    private static SvgCharts charts(Theme theme, ChartFonts fonts) {
        return new SvgCharts(new ThemedCharts(theme, fonts, Words.of("en")), new ThemedCharts(theme.withFontSize(
                theme.fontSize() + SvgCharts.NARROW_TEXT), fonts, Words.of("en")));
    }

    private static String svg(ChartBlock block, String id) throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        try (ChartFonts fonts = ChartFonts.of(theme)) {
            return charts(theme, fonts).svg(block, id);
        }
    }

    private static String narrow(ChartBlock block, String id) throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        try (ChartFonts fonts = ChartFonts.of(theme)) {
            return charts(theme, fonts).narrow(block, id);
        }
    }

    /** Every font size the SVG's text is drawn in, in its own units. */
    static List<Double> fontSizes(String svg) {
        List<Double> sizes = new ArrayList<>();
        Matcher m = Pattern.compile("font-size:\\s*([0-9.]+)px").matcher(svg);
        while (m.find()) {
            sizes.add(Double.parseDouble(m.group(1)));
        }
        return sizes;
    }

    @Test
    void aLongValueAxisTitleOfHorizontalBarsWrapsUnderThePhoneDrawingInsteadOfRunningOffIt() throws Exception {
        ChartBlock bars = chart(ChartType.HBAR, 4, "Skills");
        ChartBlock titled = new ChartBlock(bars.title(), bars.type(), bars.data(), 0, List.of(1), "Skill",
                "Nachfrageindex (100 = meistgefragte Kompetenz), illustrativ", "", "Skills", bars.styles());
        String phone = narrow(titled, "p");
        // JFreeSVG writes each line of a wrapped title as its own text element: the title is in two or more.
        Matcher m = Pattern.compile(">([^<]*)</text>").matcher(phone);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        assertFalse(texts.contains("Nachfrageindex (100 = meistgefragte Kompetenz), illustrativ"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Nachfrageindex")), texts.toString());
        assertTrue(svg(titled, "w").contains(">Nachfrageindex (100 = meistgefragte Kompetenz), illustrativ</text>"),
                "the wide drawing keeps its axis title");
    }

    @Test
    void thePhoneDrawingIsNarrowWithLargerTextAndBarsLaidHorizontally() throws Exception {
        ChartBlock bars = chart(ChartType.BAR, 5, "Bars");
        String wide = svg(bars, "w");
        String phone = narrow(bars, "p");
        assertTrue(wide.contains("class=\"wide\""), wide.substring(0, 300));
        assertTrue(phone.contains("class=\"narrow\""), phone.substring(0, 300));
        assertTrue(phone.contains("viewBox='0.0 0.0 340.0 330.0'"), phone.substring(0, 300));
        assertTrue(java.util.Collections.min(fontSizes(phone)) >= java.util.Collections.min(fontSizes(wide)) + 2,
                fontSizes(phone) + " against " + fontSizes(wide));
        assertTrue(phone.contains("<title id=\"p-title\">Bars</title>"));
    }

    @Test
    void theSvgIsAnImageLabelledByItsTitleAndDescription() throws Exception {
        String svg = svg(chart(ChartType.BAR, 3, "Median <pay> & more"), "c1");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"c1-title c1-desc\""), svg.substring(0, 300));
        assertTrue(svg.contains("<title id=\"c1-title\">Median &lt;pay&gt; &amp; more</title>"), "escaped title");
        assertTrue(svg.contains("<desc id=\"c1-desc\">Median by level</desc>"));
        assertFalse(svg.contains("jfreesvg"), "no namespace HTML does not allow");
        assertTrue(svg.contains("viewBox='0.0 0.0 600.0 320.0'"), svg.substring(0, 300));
    }

    @Test
    void everyIdInsideCarriesTheChartsPrefix() throws Exception {
        String svg = svg(chart(ChartType.LINE, 4, "Line"), "chart-7");
        Matcher m = Pattern.compile(" id=['\"]([^'\"]+)['\"]").matcher(svg);
        int ids = 0;
        while (m.find()) {
            assertTrue(m.group(1).startsWith("chart-7"), m.group(1));
            ids++;
        }
        assertTrue(ids >= 3, ids + " ids");
    }

    @Test
    void horizontalBarsGrowOneBandPerCategory() {
        assertEquals(320, SvgCharts.height(chart(ChartType.BAR, 30, "t")));
        assertEquals(320, SvgCharts.height(chart(ChartType.HBAR, 3, "t")));
        assertEquals(80 + 34 * 12, SvgCharts.height(chart(ChartType.HBAR, 12, "t")));
    }
}
