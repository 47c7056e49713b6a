package org.careerbench.report;

import java.util.Locale;
import java.util.Optional;

/** Chart kinds every renderer can draw natively. */
public enum ChartType {
    /** Lines over ordered categories (e.g. years). */
    LINE,
    /** Vertical bars, one group per category. */
    BAR,
    /** Horizontal bars, for long category labels such as skill names. */
    HBAR;

    /** The type a template names: line, bar or hbar. */
    public static Optional<ChartType> byName(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
