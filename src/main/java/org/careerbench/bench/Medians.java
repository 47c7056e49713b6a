package org.careerbench.bench;

import java.util.List;

/** The figure the benchmark reports of repeated timings. */
final class Medians {
    private Medians() {
    }

    /** The middle of {@code values} (the upper middle of an even count). */
    static long of(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
