package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RangeMathTest {
    @Test
    void minAndMaxFromMidpointAndSpread() {
        assertEquals(80_000, RangeMath.minFromMidpoint(100_000, 0.5), 1e-9);
        assertEquals(120_000, RangeMath.maxFromMidpoint(100_000, 0.5), 1e-9);
        assertEquals(0.5, RangeMath.spread(80_000, 120_000), 1e-12);
        assertEquals(100_000, RangeMath.midpoint(80_000, 120_000));
    }

    @Test
    void progressionAndOverlapBetweenLevels() {
        // Entry 90–120k (mid 105k), Mid 120–160k (mid 140k): +33.3%, touching at 120k only.
        assertEquals(1 / 3.0, RangeMath.progression(105_000, 140_000), 1e-12);
        assertEquals(0.0, RangeMath.overlap(120_000, 120_000, 160_000));
        // Mid 120–160k into Senior 150–200k: 10k of Senior's 50k width lies below 160k.
        assertEquals(0.2, RangeMath.overlap(160_000, 150_000, 200_000), 1e-12);
        assertEquals(1.0, RangeMath.overlap(300_000, 150_000, 200_000), 1e-12);
    }

    @Test
    void positioningOfOneSalary() {
        assertEquals(0.95, RangeMath.compaRatio(95_000, 100_000), 1e-12);
        assertEquals(0.5, RangeMath.penetration(100_000, 80_000, 120_000), 1e-12);
        assertEquals(-0.25, RangeMath.penetration(70_000, 80_000, 120_000), 1e-12);
        assertEquals(0, RangeMath.quartile(70_000, 80_000, 120_000), "green-circled: below minimum");
        assertEquals(1, RangeMath.quartile(80_000, 80_000, 120_000));
        assertEquals(2, RangeMath.quartile(95_000, 80_000, 120_000));
        assertEquals(4, RangeMath.quartile(120_000, 80_000, 120_000));
        assertEquals(5, RangeMath.quartile(130_000, 80_000, 120_000), "red-circled: above maximum");
    }

    @Test
    void localisationByIndex() {
        assertEquals(72_000, RangeMath.localise(60_000, 120), 1e-9);
    }
}
