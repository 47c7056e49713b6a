package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.careerbench.report.Figure;

/** The figures one report publishes, collected as its blocks are built. One per report. */
final class FigureLog {
    private final List<Figure> rows = new ArrayList<>();

    /**
     * A figure; {@code value} null or NaN when withheld, {@code n} negative when it rests on no
     * observations, {@code label} empty for a table cell, {@code shown} as the report shows it.
     */
    void add(String block, String keys, String statistic, Double value, long n, boolean withheld, String label,
            String shown) {
        rows.add(new Figure(block, keys, statistic, value == null || value.isNaN() ? OptionalDouble.empty()
                : OptionalDouble.of(value), n < 0 ? OptionalLong.empty() : OptionalLong.of(n), withheld, label,
                shown));
    }

    List<Figure> rows() {
        return List.copyOf(rows);
    }
}
