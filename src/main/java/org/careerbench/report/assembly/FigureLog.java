package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.careerbench.report.Figure;

/** The figures one block publishes, collected as it is built: a local of the factory that builds it. */
final class FigureLog {
    private final List<Figure> rows = new ArrayList<>();

    /**
     * A figure; {@code value} null or NaN when withheld, {@code n} negative when it rests on no
     * observations, {@code label} empty for a table cell, {@code shown} as the report shows it.
     */
    void add(String block, String keys, String statistic, Double value, long n, boolean withheld, String label,
            String shown) {
        rows.add(figure(block, keys, statistic, value, n, withheld, label, shown));
    }

    /** One figure, its arguments read as {@link #add} reads them. */
    static Figure figure(String block, String keys, String statistic, Double value, long n, boolean withheld,
            String label, String shown) {
        return new Figure(block, keys, statistic, value == null || value.isNaN() ? OptionalDouble.empty()
                : OptionalDouble.of(value), n < 0 ? OptionalLong.empty() : OptionalLong.of(n), withheld, label,
                shown);
    }

    List<Figure> rows() {
        return List.copyOf(rows);
    }
}
