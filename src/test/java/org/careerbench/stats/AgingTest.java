package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgingTest {
    @Test
    void workedNumbersOfDomainMd() {
        assertEquals(53_170.00, new Aging(Aging.Method.SIMPLE, 0.03).age(52_000, 9), 0.005);
        assertEquals(53_165.67, new Aging(Aging.Method.COMPOUND, 0.03).age(52_000, 9), 0.005);
        assertEquals(91_340.02, Aging.DEFAULT.age(90_000, 6), 0.005);
    }

    @Test
    void zeroMonthsAndNoneLeaveTheValue() {
        assertEquals(90_000, Aging.DEFAULT.age(90_000, 0));
        assertEquals(90_000, Aging.NONE.age(90_000, 28));
    }

    @Test
    void negativeMonthsAgeBackwards() {
        assertEquals(100_000, Aging.DEFAULT.age(Aging.DEFAULT.age(100_000, 12), -12), 1e-6);
    }

    @Test
    void describesItselfAndRejectsAbsurdRates() {
        assertEquals("compound at 3% a year", Aging.DEFAULT.describe());
        assertEquals("simple at 5.5% a year", new Aging(Aging.Method.SIMPLE, 0.055).describe());
        assertEquals("none", Aging.NONE.describe());
        assertThrows(IllegalArgumentException.class, () -> new Aging(Aging.Method.COMPOUND, 3));
        assertEquals(Aging.Method.SIMPLE, Aging.Method.byName(" simple ").orElseThrow());
    }
}
