package org.careerbench.report;

import java.util.List;

/**
 * A chart over columns of a data table: one category column and one or more value columns,
 * each value column a series.
 *
 * @param title          chart title
 * @param type           chart kind
 * @param data           the table the chart plots; renderers may show it or bind to it
 * @param categoryColumn index of the category column in {@code data}
 * @param seriesColumns  indexes of the value columns in {@code data}
 * @param categoryAxis   category axis label
 * @param valueAxis      value axis label, with unit
 * @param source         source line printed under the chart
 * @param altText        a sentence describing the chart for readers who cannot see it
 * @param styles         one style per series column
 */
public record ChartBlock(String title, ChartType type, TableBlock data, int categoryColumn,
        List<Integer> seriesColumns, String categoryAxis, String valueAxis, String source, String altText,
        List<SeriesStyle> styles) implements Block {
    public ChartBlock {
        seriesColumns = List.copyOf(seriesColumns);
        styles = List.copyOf(styles);
        if (styles.size() != seriesColumns.size()) {
            throw new IllegalArgumentException("one style per series: " + styles.size() + " styles for "
                    + seriesColumns.size() + " series");
        }
    }

    /** The same chart drawn as {@code other}, e.g. bars laid horizontally for a narrow screen. */
    public ChartBlock withType(ChartType other) {
        return new ChartBlock(title, other, data, categoryColumn, seriesColumns, categoryAxis, valueAxis, source,
                altText, styles);
    }

    /**
     * Whether row {@code row} of the data is a withheld category: no series has a figure there and
     * at least one is withheld (for a range chart, no percentile). Such a category stays on the axis,
     * marked.
     */
    public boolean withheld(int row) {
        boolean any = false;
        // A range chart's published minimum and maximum are no figures of the data: a level whose
        // percentiles are all withheld is marked though its range is drawn.
        for (int c : type == ChartType.BOX ? range().percentiles() : seriesColumns) {
            Object v = data.rows().get(row).get(c);
            if (v instanceof Number || v instanceof LiveValue) {
                return false;
            }
            any |= v == Suppressed.VALUE;
        }
        return any;
    }

    /**
     * A range chart's series columns by what they hold.
     *
     * @throws IllegalStateException for a chart of another type
     */
    public RangeSeries range() {
        if (type != ChartType.BOX) {
            throw new IllegalStateException("a " + type + " chart has no range series");
        }
        return RangeSeries.of(seriesColumns);
    }

    /** Whether any category is withheld. */
    public boolean anyWithheld() {
        return java.util.stream.IntStream.range(0, data.rows().size()).anyMatch(this::withheld);
    }

    /**
     * The category labels as the chart shows them: the category column's text, with the
     * withheld mark after each withheld category, e.g. "Asia-Pacific —".
     */
    public List<String> categoryLabels() {
        List<String> labels = new java.util.ArrayList<>();
        for (int r = 0; r < data.rows().size(); r++) {
            String label = String.valueOf(data.rows().get(r).get(categoryColumn));
            labels.add(withheld(r) ? label + " " + Suppressed.VALUE : label);
        }
        return labels;
    }

    /** A chart whose series are all drawn solid. */
    public ChartBlock(String title, ChartType type, TableBlock data, int categoryColumn, List<Integer> seriesColumns,
            String categoryAxis, String valueAxis, String source, String altText) {
        this(title, type, data, categoryColumn, seriesColumns, categoryAxis, valueAxis, source, altText,
                java.util.Collections.nCopies(seriesColumns.size(), SeriesStyle.SOLID));
    }
}
