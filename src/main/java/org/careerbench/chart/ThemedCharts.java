package org.careerbench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.SeriesStyle;
import org.careerbench.report.TableBlock;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/** Makes a themed JFreeChart from a chart block. Stateless apart from theme and fonts. */
public final class ThemedCharts {
    private final Theme theme;
    private final ChartFonts fonts;
    private final Words words;

    /** @param words the reader's language: legend words and axis number formats */
    public ThemedCharts(Theme theme, ChartFonts fonts, Words words) {
        this.theme = theme;
        this.words = words;
        this.fonts = fonts;
    }

    /** A chart of {@code block}'s data table, styled by the theme. */
    public JFreeChart create(ChartBlock block) {
        if (block.type() == ChartType.BOX) {
            JFreeChart chart = new RangeChart(theme, words).create(block);
            style(chart, block);
            return chart;
        }
        DefaultCategoryDataset dataset = dataset(block);
        PlotOrientation orientation = block.type() == ChartType.HBAR ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL;
        boolean legend = block.seriesColumns().size() > 1;
        JFreeChart chart = switch (block.type()) {
            case LINE -> ChartFactory.createLineChart(block.title(), block.categoryAxis(), block.valueAxis(), dataset,
                    orientation, legend, false, false);
            case STACKED -> ChartFactory.createStackedBarChart(block.title(), block.categoryAxis(), block.valueAxis(),
                    dataset, orientation, legend, false, false);
            default -> ChartFactory.createBarChart(block.title(), block.categoryAxis(), block.valueAxis(), dataset,
                    orientation, legend, false, false);
        };
        style(chart, block);
        return chart;
    }

    private static DefaultCategoryDataset dataset(ChartBlock block) {
        TableBlock data = block.data();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> labels = block.categoryLabels();
        for (int r = 0; r < data.rows().size(); r++) {
            List<Object> row = data.rows().get(r);
            // A withheld category keeps its place on the axis, marked "—"; its series draw nothing.
            String category = labels.get(r);
            if (data.columns().get(block.categoryColumn()).type() == ValueType.YEAR && row.get(block.categoryColumn())
                    instanceof Number n) {
                category = Long.toString(n.longValue());
            }
            for (int column : block.seriesColumns()) {
                Object v = row.get(column);
                dataset.addValue(v instanceof Number n ? n : null, data.columns().get(column).header(), category);
            }
        }
        return dataset;
    }

    private void style(JFreeChart chart, ChartBlock block) {
        Font text = fonts.regular().deriveFont(theme.fontSize() - 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setFont(fonts.bold().deriveFont(theme.fontSize() + 1));
        title.setPaint(theme.primary());
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(text);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD9D9D9));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(text);
        categories.setLabelFont(text);
        categories.setTickLabelPaint(theme.text());
        categories.setLabelPaint(theme.muted());
        categories.setMaximumCategoryLabelLines(2);
        if (block.type() != ChartType.HBAR && block.data().rows().size() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (block.type() == ChartType.HBAR) {
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        }
        ValueAxis values = plot.getRangeAxis();
        values.setUpperMargin(block.type() == ChartType.LINE ? 0.2 : 0.12); // room for the line's value labels
        values.setTickLabelFont(text);
        values.setLabelFont(text);
        values.setTickLabelPaint(theme.text());
        values.setLabelPaint(theme.muted());
        TableBlock data = block.data();
        ValueType valueType = data.columns().get(block.seriesColumns().get(0)).type();
        if (values instanceof NumberAxis number) {
            number.setNumberFormatOverride(new AxisFormat(words.format(), valueType, data.columns().get(block.seriesColumns().get(0))
                    .currency()));
        }
        if (block.type() == ChartType.BOX) {
            return;
        }
        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < block.seriesColumns().size(); i++) {
            Color c = theme.series().get(i % theme.series().size());
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesStroke(i, block.styles().get(i) == SeriesStyle.DASHED
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            lines.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                    new AxisFormat(words.format(), valueType, "")));
            lines.setDefaultItemLabelFont(fonts.regular().deriveFont(theme.fontSize() - 2));
            lines.setSeriesItemLabelsVisible(0, true);
            for (int i = 0; i < block.styles().size(); i++) {
                if (block.styles().get(i) == SeriesStyle.MARKERS) {
                    lines.setSeriesLinesVisible(i, false);
                    lines.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-4.5, -4.5, 9, 9));
                }
            }
        }
    }
}
