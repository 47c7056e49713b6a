package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GrowthTest {
    @Test
    void marketOf519MillionIn2031At8Point5PercentWas293MillionIn2024() {
        assertEquals(293.3, Growth.project(519.23, 0.085, -7), 0.05);
    }

    @Test
    void cagrRecoversTheRate() {
        assertEquals(0.085, Growth.cagr(293.33, 519.23, 7), 0.00005);
        assertEquals(0.10, Growth.cagr(100, 121, 2), 1e-12);
    }

    @Test
    void rejectsNonPositiveInputs() {
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Growth.cagr(1, 2, 0));
    }
}
