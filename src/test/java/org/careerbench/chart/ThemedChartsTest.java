package org.careerbench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careerbench.report.ChartBlock;
import org.careerbench.report.ChartType;
import org.careerbench.report.Suppressed;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.Theme;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.template.ThemeLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemedChartsTest {
    @Test
    void plotsEverySeriesColumnWithThemeColoursAndSkipsSuppressedValues(@TempDir Path dir) throws Exception {
        Theme theme = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), ""));
        TableBlock data = new TableBlock("B", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("P25", "USD"), TableColumn.money("P50", "USD")),
                List.of(List.of("Entry", 10.0, 20.0), Arrays.asList("Mid", Suppressed.VALUE, 30.0)), List.of());
        ChartBlock block = new ChartBlock("t", ChartType.HBAR, data, 0, List.of(1, 2), "Level", "USD", "src", "alt");
        JFreeChart chart;
        try (ChartFonts fonts = ChartFonts.of(theme)) {
            chart = new ThemedCharts(theme, fonts, Words.english()).create(block);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        assertEquals(2, plot.getDataset().getRowCount());
        assertEquals(20.0, plot.getDataset().getValue("P50", "Entry").doubleValue());
        assertNull(plot.getDataset().getValue("P25", "Mid"));
        assertEquals(theme.series().get(1), plot.getRenderer().getSeriesPaint(1));
    }
}
