package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statistics a cell can publish; the tails need the larger sample. */
class StatisticTest {
    @Test
    void onlyP10AndP90AreTails() {
        for (Statistic s : Statistic.values()) {
            assertEquals(s == Statistic.P10 || s == Statistic.P90, s.tail(), s.name());
        }
    }

    @Test
    void percentilesCarryTheirFraction() {
        assertEquals(0.25, Statistic.P25.fraction());
        assertTrue(Statistic.P75.percentile());
        assertFalse(Statistic.MEAN.percentile());
        assertFalse(Statistic.N.percentile());
        assertTrue(Double.isNaN(Statistic.N.fraction()));
    }

    @Test
    void namedWithoutRegardToCaseOrSpaces() {
        assertEquals(Optional.of(Statistic.P50), Statistic.byName(" p50 "));
        assertEquals(Optional.of(Statistic.MEAN), Statistic.byName("Mean"));
        assertEquals(Optional.empty(), Statistic.byName("median"));
        assertEquals("P90", Statistic.P90.label());
    }
}
