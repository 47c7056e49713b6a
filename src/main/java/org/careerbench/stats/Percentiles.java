package org.careerbench.stats;

import java.util.Arrays;

/**
 * Percentiles by Excel's {@code PERCENTILE.INC} rule (Hyndman–Fan type 7, the R and NumPy
 * default): on the n values sorted ascending, position h = (n − 1)·p + 1 (1-based), and
 * linear interpolation between the neighbours of h.
 *
 * <p>Example: 10, 20, 30, 40 give P25 = 17.5, P50 = 25, P90 = 37.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The p-th percentile of values already sorted ascending.
     *
     * @param sorted values in ascending order, at least one
     * @param p      fraction in [0, 1], e.g. 0.25 for P25
     * @throws IllegalArgumentException when {@code sorted} is empty or p is outside [0, 1]
     */
    public static double inc(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values: a percentile needs at least one");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        if (lower >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
    }

    /** The p-th percentile of values in any order; the argument is not modified. */
    public static double ofUnsorted(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return inc(sorted, p);
    }
}
