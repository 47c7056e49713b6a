package org.careerbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure the benchmark reports of repeated timings. */
class MediansTest {
    @Test
    void theMiddleOfAnOddCountWhateverTheOrder() {
        assertEquals(30L, Medians.of(List.of(90L, 10L, 30L)));
        assertEquals(7L, Medians.of(List.of(7L)));
    }

    @Test
    void theUpperMiddleOfAnEvenCount() {
        assertEquals(40L, Medians.of(List.of(40L, 10L, 30L, 90L)));
    }
}
