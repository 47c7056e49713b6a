package org.careerbench.stats;

/**
 * Minimum sample sizes below which a statistic is not published.
 *
 * <p>The common tiering: mean and P25–P75 need n ≥ {@code minCentral}; P10 and P90 need
 * n ≥ {@code minTails}. The count n itself is always published.
 *
 * <p>Where observations carry an organisation id, the same thresholds apply to the number of
 * distinct organisations, and no single organisation may carry more than {@code maxShare}
 * of a cell's observations.
 *
 * @param minCentral minimum n for mean, P25, P50, P75 (default 5)
 * @param minTails   minimum n for P10, P90 (default 10)
 * @param maxShare   largest share of a cell one organisation may carry (default 0.25)
 */
public record SuppressionRule(int minCentral, int minTails, double maxShare) {
    /** n ≥ 5 for mean and P25–P75, n ≥ 10 for P10/P90, no organisation above 25%. */
    public static final SuppressionRule DEFAULT = new SuppressionRule(5, 10, 0.25);

    public SuppressionRule {
        if (minCentral < 1 || minTails < minCentral) {
            throw new IllegalArgumentException("need 1 <= minCentral <= minTails, got " + minCentral + ", " + minTails);
        }
        if (!(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("maxShare must be in (0, 1], was " + maxShare);
        }
    }

    /** The default organisation share with the given thresholds. */
    public SuppressionRule(int minCentral, int minTails) {
        this(minCentral, minTails, 0.25);
    }

    /**
     * Whether {@code statistic} may be published for a cell of {@code n} observations from
     * {@code organisations} distinct organisations, the largest carrying {@code largestShare}.
     */
    public boolean publishes(Statistic statistic, int n, int organisations, double largestShare) {
        if (statistic == Statistic.N) {
            return true;
        }
        return publishes(statistic, n) && publishes(statistic, organisations) && largestShare <= maxShare;
    }

    /** Whether {@code statistic} may be published for a cell of {@code n} observations. */
    public boolean publishes(Statistic statistic, int n) {
        if (statistic == Statistic.N) {
            return true;
        }
        return n >= (statistic.tail() ? minTails : minCentral);
    }
}
