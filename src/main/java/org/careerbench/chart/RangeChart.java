package org.careerbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.TableBlock;
import org.careerbench.report.Theme;
import org.careerbench.report.Words;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * A pay-range chart: for each category a P25–P75 box with the median, whiskers to P10 and P90
 * where they are published, over a band showing the published range. The data table's series
 * columns are, in order, P10, P25, P50, P75, P90, range min, range max.
 */
final class RangeChart {
    private final Theme theme;
    private final Words words;

    RangeChart(Theme theme, Words words) {
        this.words = words;
        this.theme = theme;
    }

    JFreeChart create(ChartBlock block) {
        TableBlock data = block.data();
        org.careerbench.report.RangeSeries s = block.range();
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> categories = new ArrayList<>();
        List<Number> starts = new ArrayList<>();
        List<Number> ends = new ArrayList<>();
        List<String> labels = block.categoryLabels();
        for (int r = 0; r < data.rows().size(); r++) {
            List<Object> row = data.rows().get(r);
            String category = labels.get(r);
            categories.add(category);
            Number p10 = number(row.get(s.p10()));
            Number p25 = number(row.get(s.p25()));
            Number p50 = number(row.get(s.p50()));
            Number p75 = number(row.get(s.p75()));
            Number p90 = number(row.get(s.p90()));
            if (p25 != null && p50 != null && p75 != null) {
                // Without published tails the whiskers end at the box: nothing is drawn beyond what is published.
                boxes.add(new BoxAndWhiskerItem(null, p50, p25, p75, p10 != null ? p10 : p25, p90 != null ? p90 : p75,
                        null, null, List.of()), words.get("chart.range.observed"), category);
            }
            starts.add(s.published().map(p -> number(row.get(p.min()))).orElse(null));
            ends.add(s.published().map(p -> number(row.get(p.max()))).orElse(null));
        }
        DefaultIntervalCategoryDataset ranges = new DefaultIntervalCategoryDataset(
                new Comparable<?>[] {words.get("chart.range.published")}, categories.toArray(Comparable<?>[]::new),
                new Number[][] {starts.toArray(Number[]::new)}, new Number[][] {ends.toArray(Number[]::new)});
        CategoryAxis domain = new CategoryAxis(block.categoryAxis());
        NumberAxis range = new NumberAxis(block.valueAxis());
        range.setAutoRangeIncludesZero(false);
        BoxAndWhiskerRenderer boxRenderer = new BoxAndWhiskerRenderer();
        boxRenderer.setMeanVisible(false);
        boxRenderer.setFillBox(true);
        boxRenderer.setSeriesPaint(0, theme.primary());
        boxRenderer.setSeriesOutlinePaint(0, theme.primary().darker());
        boxRenderer.setArtifactPaint(theme.accent());
        boxRenderer.setMaxOutlierVisible(false);
        boxRenderer.setMinOutlierVisible(false);
        boxRenderer.setMaximumBarWidth(0.14);
        boxRenderer.setDefaultStroke(new BasicStroke(1.5f));
        boxRenderer.setUseOutlinePaintForWhiskers(false);
        IntervalBarRenderer bands = new IntervalBarRenderer();
        bands.setBarPainter(new StandardBarPainter());
        bands.setShadowVisible(false);
        bands.setSeriesPaint(0, new Color(0xDCE3EC));
        bands.setMaximumBarWidth(0.32);
        CategoryPlot plot = new CategoryPlot(boxes, domain, range, boxRenderer);
        if (starts.stream().anyMatch(java.util.Objects::nonNull)) {
            plot.setDataset(1, ranges);
            plot.setRenderer(1, bands);
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        return new JFreeChart(block.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    private static Number number(Object v) {
        return v instanceof Number n ? n : null;
    }
}
