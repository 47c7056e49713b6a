package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Row fingerprints in an open-addressing set: the same answers as a HashSet, at 8 bytes a row. */
class FingerprintSetTest {
    @Test
    void answersAsAHashSetDoesThroughManyGrowths() {
        FingerprintSet set = new FingerprintSet();
        Set<Long> reference = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // Few distinct values so that repeats are common, and the empty slot's value among them.
            long f = random.nextInt(60_000) - 30_000;
            assertTrue(set.add(f) == reference.add(f), "value " + f + " at step " + i);
        }
    }

    @Test
    void zeroIsAFingerprintLikeAnyOther() {
        FingerprintSet set = new FingerprintSet();
        assertTrue(set.add(0));
        assertFalse(set.add(0));
        assertTrue(set.add(1));
    }

    @Test
    void valuesThatCollideInTheLowBitsAreKeptApart() {
        FingerprintSet set = new FingerprintSet();
        for (long i = 1; i <= 10_000; i++) {
            assertTrue(set.add(i << 40));
        }
        for (long i = 1; i <= 10_000; i++) {
            assertFalse(set.add(i << 40));
        }
    }
}
