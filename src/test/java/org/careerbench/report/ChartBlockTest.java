package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart over a data table: withheld categories stay on the axis, marked. */
class ChartBlockTest {
    private static final TableBlock DATA = new TableBlock("d", "", List.of(TableColumn.of("Region", ValueType.TEXT),
            TableColumn.money("P50", "USD"), TableColumn.money("Mean", "USD")), List.of(
            Arrays.asList("Europe", 90_000.0, 95_000.0),
            Arrays.asList("Asia-Pacific", Suppressed.VALUE, Suppressed.VALUE),
            Arrays.asList("Americas", Suppressed.VALUE, 120_000.0),
            Arrays.asList("Africa", null, null)), List.of());

    private static ChartBlock chart() {
        return new ChartBlock("Pay by region", ChartType.BAR, DATA, 0, List.of(1, 2), "Region", "USD", "", "alt");
    }

    @Test
    void aCategoryIsWithheldOnlyWhenNoSeriesHasAFigureAndOneIsWithheld() {
        ChartBlock c = chart();
        assertFalse(c.withheld(0));
        assertTrue(c.withheld(1));
        assertFalse(c.withheld(2), "one series still has a figure");
        assertFalse(c.withheld(3), "blank is not withheld");
        assertTrue(c.anyWithheld());
    }

    @Test
    void withheldCategoriesAreLabelledWithTheMark() {
        assertEquals(List.of("Europe", "Asia-Pacific —", "Americas", "Africa"), chart().categoryLabels());
    }

    @Test
    void aLiveFigureCountsAsAFigure() {
        TableBlock live = new TableBlock("d", "", DATA.columns(), List.of(Arrays.asList("Europe",
                new LiveValue.Product("a", "b", 1.0), Suppressed.VALUE)), List.of());
        assertFalse(new ChartBlock("t", ChartType.BAR, live, 0, List.of(1, 2), "", "", "", "").withheld(0));
    }

    @Test
    void everySeriesHasOneStyleAndSolidIsTheDefault() {
        assertEquals(List.of(SeriesStyle.SOLID, SeriesStyle.SOLID), chart().styles());
        assertThrows(IllegalArgumentException.class, () -> new ChartBlock("t", ChartType.LINE, DATA, 0, List.of(1, 2),
                "", "", "", "", List.of(SeriesStyle.DASHED)));
    }

    @Test
    void aChartWithNothingWithheldSaysSo() {
        TableBlock clean = new TableBlock("d", "", DATA.columns(), List.of(Arrays.asList("Europe", 1.0, 2.0)),
                List.of());
        assertFalse(new ChartBlock("t", ChartType.BAR, clean, 0, List.of(1, 2), "", "", "", "").anyWithheld());
    }

    /** A level whose percentiles are all withheld was not marked on a range chart: its published range is no figure. */
    @Test
    void aRangeChartMarksALevelWithoutPercentilesThoughItsRangeIsDrawn() {
        List<TableColumn> columns = new java.util.ArrayList<>(List.of(TableColumn.of("Level", ValueType.TEXT)));
        for (String h : List.of("P10", "P25", "P50", "P75", "P90", "Min", "Max")) {
            columns.add(TableColumn.money(h, "USD"));
        }
        TableBlock data = new TableBlock("r", "", columns, List.of(Arrays.asList("Executive", Suppressed.VALUE,
                Suppressed.VALUE, Suppressed.VALUE, Suppressed.VALUE, Suppressed.VALUE, 200.0, 300.0)), List.of());
        ChartBlock range = new ChartBlock("t", ChartType.BOX, data, 0, List.of(1, 2, 3, 4, 5, 6, 7), "", "", "", "");
        assertTrue(range.withheld(0));
        assertEquals(List.of("Executive —"), range.categoryLabels());
    }
}
