package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DelimitersTest {
    @Test
    void picksTheMostFrequentOutsideQuotes() {
        assertEquals(',', Delimiters.detect("a,b,c"));
        assertEquals(';', Delimiters.detect("a;b;\"c,d,e,f\""));
        assertEquals('\t', Delimiters.detect("a\tb\tc"));
        assertEquals('|', Delimiters.detect("a|b|c"));
        assertEquals(',', Delimiters.detect("single"));
    }
}
