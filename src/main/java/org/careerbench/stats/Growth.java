package org.careerbench.stats;

/** Compound annual growth: CAGR = (end / begin)^(1 / years) − 1; value_t = value_0 · (1 + CAGR)^t. */
public final class Growth {
    private Growth() {
    }

    /**
     * The compound annual growth rate between two values.
     *
     * @param begin value at the start, &gt; 0
     * @param end   value at the end, &gt; 0
     * @param years years between them, &gt; 0
     * @return the rate as a fraction (0.085 for 8.5%)
     */
    public static double cagr(double begin, double end, double years) {
        if (begin <= 0 || end <= 0 || years <= 0) {
            throw new IllegalArgumentException("CAGR needs positive values and years: " + begin + ", " + end + ", " + years);
        }
        return Math.pow(end / begin, 1 / years) - 1;
    }

    /** {@code value} moved {@code years} along at {@code rate} (negative years go back). */
    public static double project(double value, double rate, double years) {
        return value * Math.pow(1 + rate, years);
    }
}
