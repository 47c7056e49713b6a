package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellStatisticsTest {
    @Test
    void emptyCellHasCountZeroAndNothingElse() {
        CellStatistics c = CellStatistics.of(new double[0], SuppressionRule.DEFAULT);
        assertEquals(0, c.n());
        assertEquals(0.0, c.value(Statistic.N).getAsDouble());
        assertTrue(c.value(Statistic.P50).isEmpty());
        assertTrue(c.anySuppressed());
    }

    @Test
    void fourValuesAreAllWithheldFiveArePublishedButTails() {
        CellStatistics four = CellStatistics.of(new double[] {1, 2, 3, 4}, SuppressionRule.DEFAULT);
        assertTrue(four.value(Statistic.P50).isEmpty());
        assertTrue(four.value(Statistic.MEAN).isEmpty());
        CellStatistics five = CellStatistics.of(new double[] {5, 1, 4, 2, 3}, SuppressionRule.DEFAULT);
        assertEquals(3.0, five.value(Statistic.P50).getAsDouble());
        assertEquals(3.0, five.value(Statistic.MEAN).getAsDouble());
        assertEquals(2.0, five.value(Statistic.P25).getAsDouble());
        assertTrue(five.value(Statistic.P10).isEmpty());
    }

    @Test
    void tenValuesPublishTails() {
        double[] v = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        CellStatistics c = CellStatistics.of(v, SuppressionRule.DEFAULT);
        assertEquals(19.0, c.value(Statistic.P10).getAsDouble(), 1e-9);
        assertEquals(91.0, c.value(Statistic.P90).getAsDouble(), 1e-9);
        assertFalse(c.anySuppressed());
        CellStatistics nine = CellStatistics.of(java.util.Arrays.copyOf(v, 9), SuppressionRule.DEFAULT);
        assertTrue(nine.value(Statistic.P90).isEmpty());
        assertFalse(nine.value(Statistic.P75).isEmpty());
    }

    @Test
    void organisationIdsWithholdCellsDominatedByOneEmployer() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8};
        String[] fiveOrgs = {"a", "a", "b", "b", "c", "c", "d", "e"};
        assertEquals(4.5, CellStatistics.of(v, fiveOrgs, SuppressionRule.DEFAULT).value(Statistic.P50).getAsDouble());
        String[] dominated = {"a", "a", "a", "b", "c", "d", "e", "f"};
        assertTrue(CellStatistics.of(v, dominated, SuppressionRule.DEFAULT).value(Statistic.P50).isEmpty(), "3/8 > 25%");
        String[] fourOrgs = {"a", "a", "b", "b", "c", "c", "d", "d"};
        assertTrue(CellStatistics.of(v, fourOrgs, SuppressionRule.DEFAULT).value(Statistic.P50).isEmpty());
        String[] unknown = {"", "", "", "", "", "", "", ""};
        assertFalse(CellStatistics.of(v, unknown, SuppressionRule.DEFAULT).value(Statistic.P50).isEmpty(),
                "no ids: the count rules alone apply");
    }
}
