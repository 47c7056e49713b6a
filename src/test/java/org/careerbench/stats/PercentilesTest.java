package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    private static final double[] WORKED = {10, 20, 30, 40};

    @Test
    void matchesTheWorkedNumbersOfDomainMd() {
        assertEquals(17.5, Percentiles.inc(WORKED, 0.25), 1e-12);
        assertEquals(25.0, Percentiles.inc(WORKED, 0.50), 1e-12);
        assertEquals(37.0, Percentiles.inc(WORKED, 0.90), 1e-12);
    }

    @Test
    void endsAreMinimumAndMaximum() {
        assertEquals(10.0, Percentiles.inc(WORKED, 0.0));
        assertEquals(40.0, Percentiles.inc(WORKED, 1.0));
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertEquals(7.0, Percentiles.inc(new double[] {7}, 0.1));
        assertEquals(7.0, Percentiles.inc(new double[] {7}, 0.9));
    }

    @Test
    void twoValuesInterpolateLinearly() {
        assertEquals(11.0, Percentiles.inc(new double[] {10, 20}, 0.1), 1e-12);
        assertEquals(15.0, Percentiles.inc(new double[] {10, 20}, 0.5), 1e-12);
    }

    @Test
    void equalValuesGiveThatValue() {
        assertEquals(5.0, Percentiles.inc(new double[] {5, 5, 5, 5, 5}, 0.75));
    }

    @Test
    void isNotCommonsMathDefault() {
        // Commons Math's default (p·(n+1)) would give 12.5 for P25 of 10..40; Excel gives 17.5.
        assertEquals(17.5, Percentiles.ofUnsorted(new double[] {40, 10, 30, 20}, 0.25), 1e-12);
    }

    @Test
    void ofUnsortedLeavesItsArgumentAlone() {
        double[] values = {3, 1, 2};
        Percentiles.ofUnsorted(values, 0.5);
        assertArrayEquals(new double[] {3, 1, 2}, values);
    }

    @Test
    void rejectsNoValuesAndPOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.inc(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.inc(WORKED, 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.inc(WORKED, Double.NaN));
    }
}
