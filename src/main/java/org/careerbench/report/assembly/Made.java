package org.careerbench.report.assembly;

import java.util.List;
import java.util.function.Function;
import org.careerbench.report.Figure;

/**
 * What building one part of a report gave: the part itself (a block, the blocks in one place, a key
 * figure), the figures it publishes (its rows of figures.csv) and the data warnings it raised, in
 * order. Block factories return one; the report builder alone collects them. Immutable.
 *
 * @param <T> the part
 */
record Made<T>(T value, List<Figure> figures, List<String> warnings) {

    Made {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }

    /** A part that publishes no figure and raises no warning. */
    static <T> Made<T> of(T value) {
        return new Made<>(value, List.of(), List.of());
    }

    /** A part with the warnings it raised. */
    static <T> Made<T> warned(T value, List<String> warnings) {
        return new Made<>(value, List.of(), warnings);
    }

    /** The same figures and warnings for the part {@code f} makes of this one. */
    <U> Made<U> map(Function<? super T, ? extends U> f) {
        return new Made<>(f.apply(value), figures, warnings);
    }
}
