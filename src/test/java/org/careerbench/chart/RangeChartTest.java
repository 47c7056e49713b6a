package org.careerbench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.junit.jupiter.api.Test;

/** Observed percentiles as boxes over the published range as a band, read by what each column holds. */
class RangeChartTest {
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.of("Level", ValueType.TEXT),
            TableColumn.money("P10", "USD"), TableColumn.money("P25", "USD"), TableColumn.money("P50", "USD"),
            TableColumn.money("P75", "USD"), TableColumn.money("P90", "USD"), TableColumn.money("Min", "USD"),
            TableColumn.money("Max", "USD"));

    private static JFreeChart chart(List<List<Object>> rows) throws Exception {
        TableBlock data = new TableBlock("RangeData", "", COLUMNS, rows, List.of());
        ChartBlock block = new ChartBlock("Ranges", ChartType.BOX, data, 0, List.of(1, 2, 3, 4, 5, 6, 7), "Level",
                "USD", "", "alt");
        return new RangeChart(new ThemeLoader().load(Path.of("templates/theme.yaml")), Words.of("en")).create(block);
    }

    @Test
    void eachLevelIsABoxFromP25ToP75WithWhiskersToP10AndP90() throws Exception {
        CategoryPlot plot = chart(List.of(Arrays.asList("Mid", 80.0, 90.0, 100.0, 110.0, 120.0, 85.0, 115.0)))
                .getCategoryPlot();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
        assertEquals(90.0, boxes.getQ1Value(0, 0).doubleValue());
        assertEquals(100.0, boxes.getMedianValue(0, 0).doubleValue());
        assertEquals(110.0, boxes.getQ3Value(0, 0).doubleValue());
        assertEquals(80.0, boxes.getMinRegularValue(0, 0).doubleValue());
        assertEquals(120.0, boxes.getMaxRegularValue(0, 0).doubleValue());
        IntervalCategoryDataset band = (IntervalCategoryDataset) plot.getDataset(1);
        assertEquals(85.0, band.getStartValue(0, 0).doubleValue());
        assertEquals(115.0, band.getEndValue(0, 0).doubleValue());
    }

    @Test
    void withheldTailsEndTheWhiskersAtTheBox() throws Exception {
        CategoryPlot plot = chart(List.of(Arrays.asList("Lead", Suppressed.VALUE, 90.0, 100.0, 110.0,
                Suppressed.VALUE, null, null))).getCategoryPlot();
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
        assertEquals(90.0, boxes.getMinRegularValue(0, 0).doubleValue(), "nothing drawn beyond what is published");
        assertEquals(110.0, boxes.getMaxRegularValue(0, 0).doubleValue());
        assertNull(plot.getDataset(1), "no published range, no band");
    }

    @Test
    void aWithheldLevelStaysOnTheAxisMarkedWithoutABox() throws Exception {
        CategoryPlot plot = chart(List.of(Arrays.asList("Mid", 80.0, 90.0, 100.0, 110.0, 120.0, 85.0, 115.0),
                Arrays.asList("Executive", Suppressed.VALUE, Suppressed.VALUE, Suppressed.VALUE, Suppressed.VALUE,
                        Suppressed.VALUE, 200.0, 300.0))).getCategoryPlot();
        IntervalCategoryDataset band = (IntervalCategoryDataset) plot.getDataset(1);
        assertEquals(List.of("Mid", "Executive —"), band.getColumnKeys());
        BoxAndWhiskerCategoryDataset boxes = (BoxAndWhiskerCategoryDataset) plot.getDataset(0);
        assertEquals(1, boxes.getColumnCount(), "only the published level has a box");
        assertTrue(plot.getRangeAxis().getLabel().contains("USD"));
    }
}
