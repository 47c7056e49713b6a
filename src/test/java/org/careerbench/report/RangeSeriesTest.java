package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A range chart's columns by what they hold. */
class RangeSeriesTest {
    @Test
    void sevenColumnsArePercentilesThenThePublishedRange() {
        RangeSeries s = RangeSeries.of(List.of(1, 2, 3, 4, 5, 6, 7));
        assertEquals(1, s.p10());
        assertEquals(3, s.p50());
        assertEquals(5, s.p90());
        assertEquals(Optional.of(new RangeSeries.Published(6, 7)), s.published());
        assertEquals(List.of(1, 2, 3, 4, 5), s.percentiles());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), s.columns());
    }

    @Test
    void fiveColumnsHaveNoPublishedRange() {
        RangeSeries s = RangeSeries.of(List.of(9, 8, 7, 6, 5));
        assertEquals(Optional.empty(), s.published());
        assertEquals(8, s.p25());
        assertEquals(6, s.p75());
        assertEquals(List.of(9, 8, 7, 6, 5), s.columns());
    }

    @Test
    void anyOtherCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RangeSeries.of(List.of(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> RangeSeries.of(List.of(1, 2, 3, 4, 5, 6)));
    }

    @Test
    void onlyARangeChartHasRangeSeries() {
        TableBlock data = new TableBlock("d", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.money("P50", "USD")), List.of(List.of("Senior", 1.0)), List.of());
        ChartBlock bar = new ChartBlock("t", ChartType.BAR, data, 0, List.of(1), "", "", "", "");
        assertThrows(IllegalStateException.class, bar::range);
    }
}
