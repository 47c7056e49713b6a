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
 */
public record ChartBlock(String title, ChartType type, TableBlock data, int categoryColumn,
        List<Integer> seriesColumns, String categoryAxis, String valueAxis, String source, String altText)
        implements Block {
    public ChartBlock {
        seriesColumns = List.copyOf(seriesColumns);
    }
}
