package org.careerbench.stats;

/**
 * Salary-range arithmetic: spread, midpoint, progression, overlap, positioning. Pure functions.
 *
 * <p>Example: midpoint 100,000 with a 50% spread gives min 80,000 and max 120,000.
 */
public final class RangeMath {
    private RangeMath() {
    }

    /** Spread on the minimum: (max − min) / min. */
    public static double spread(double min, double max) {
        return (max - min) / min;
    }

    /** (min + max) / 2. */
    public static double midpoint(double min, double max) {
        return (min + max) / 2;
    }

    /** Minimum from midpoint M and min-based spread s: M / (1 + s/2). */
    public static double minFromMidpoint(double midpoint, double spread) {
        return midpoint / (1 + spread / 2);
    }

    /** Maximum from midpoint M and min-based spread s: min · (1 + s). */
    public static double maxFromMidpoint(double midpoint, double spread) {
        return minFromMidpoint(midpoint, spread) * (1 + spread);
    }

    /** Midpoint progression from one level to the next: (mid_next − mid) / mid. */
    public static double progression(double midpoint, double nextMidpoint) {
        return (nextMidpoint - midpoint) / midpoint;
    }

    /**
     * Overlap of a range with the next level's: the part of the next range that lies below this
     * range's maximum, as a share of the next range's width; 0 when they do not overlap.
     */
    public static double overlap(double max, double nextMin, double nextMax) {
        if (nextMax <= nextMin) {
            return 0;
        }
        return Math.max(0, Math.min(max, nextMax) - nextMin) / (nextMax - nextMin);
    }

    /** Compa-ratio: salary / range midpoint. */
    public static double compaRatio(double salary, double midpoint) {
        return salary / midpoint;
    }

    /** Range penetration: (salary − min) / (max − min); below 0 under the minimum, above 1 over the maximum. */
    public static double penetration(double salary, double min, double max) {
        return (salary - min) / (max - min);
    }

    /** Quartile of the range a salary falls in: 1–4 inside the range, 0 below it, 5 above it. */
    public static int quartile(double salary, double min, double max) {
        double p = penetration(salary, min, max);
        if (p < 0) {
            return 0;
        }
        if (p > 1) {
            return 5;
        }
        return Math.min(4, 1 + (int) Math.floor(p * 4));
    }

    /** Local pay from national pay and a cost-of-labour index (100 = national): national · index / 100. */
    public static double localise(double national, double index) {
        return national * index / 100;
    }
}
