package org.careerbench.stats;

/**
 * Minimum sample sizes below which a statistic is not published.
 *
 * <p>The common tiering: mean and P25–P75 need n ≥ {@code minCentral}; P10 and P90 need
 * n ≥ {@code minTails}. The count n itself is always published.
 *
 * @param minCentral minimum n for mean, P25, P50, P75 (default 5)
 * @param minTails   minimum n for P10, P90 (default 10)
 */
public record SuppressionRule(int minCentral, int minTails) {
    /** n ≥ 5 for mean and P25–P75, n ≥ 10 for P10/P90. */
    public static final SuppressionRule DEFAULT = new SuppressionRule(5, 10);

    public SuppressionRule {
        if (minCentral < 1 || minTails < minCentral) {
            throw new IllegalArgumentException("need 1 <= minCentral <= minTails, got " + minCentral + ", " + minTails);
        }
    }

    /** Whether {@code statistic} may be published for a cell of {@code n} observations. */
    public boolean publishes(Statistic statistic, int n) {
        if (statistic == Statistic.N) {
            return true;
        }
        return n >= (statistic.tail() ? minTails : minCentral);
    }
}
