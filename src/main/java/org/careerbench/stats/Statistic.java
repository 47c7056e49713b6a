package org.careerbench.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A statistic a benchmark cell can publish. */
public enum Statistic {
    N("n", Double.NaN, false),
    MEAN("Mean", Double.NaN, false),
    P10("P10", 0.10, true),
    P25("P25", 0.25, false),
    P50("P50", 0.50, false),
    P75("P75", 0.75, false),
    P90("P90", 0.90, true);

    private final String label;
    private final double fraction;
    private final boolean tail;

    Statistic(String label, double fraction, boolean tail) {
        this.label = label;
        this.fraction = fraction;
        this.tail = tail;
    }

    /** Column heading, e.g. "P50". */
    public String label() {
        return label;
    }

    /** For percentiles, p as a fraction (0.5 for P50); NaN otherwise. */
    public double fraction() {
        return fraction;
    }

    /** True for P10 and P90, which need the larger minimum sample. */
    public boolean tail() {
        return tail;
    }

    /** True for P10 … P90. */
    public boolean percentile() {
        return !Double.isNaN(fraction);
    }

    /** The statistic a template names ({@code n}, {@code mean}, {@code p50} …), case-insensitive. */
    public static Optional<Statistic> byName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }
}
