package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void formatsEachType() {
        assertEquals("$185,000", Words.english().format().format(184999.6, ValueType.MONEY, "USD"));
        assertEquals("€1,200", Words.english().format().format(1200, ValueType.MONEY, "EUR"));
        assertEquals("8.5%", Words.english().format().format(0.085, ValueType.PERCENT, ""));
        assertEquals("75%", Words.english().format().format(0.75, ValueType.PERCENT, ""));
        assertEquals("1,838", Words.english().format().format(1838, ValueType.INTEGER, ""));
        assertEquals("2031", Words.english().format().format(2031, ValueType.YEAR, ""));
        assertEquals("519.23", Words.english().format().format(519.23, ValueType.DECIMAL, ""));
    }

    @Test
    void suppressedIsADashAndMissingIsEmpty() {
        assertEquals("—", Words.english().format().format(Suppressed.VALUE, ValueType.MONEY, "USD"));
        assertEquals("", Words.english().format().format(null, ValueType.MONEY, "USD"));
    }
}
