package org.careerbench.stats;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The statistics of one benchmark cell, with suppression already applied.
 * Immutable; a suppressed statistic is absent, never 0.
 */
public final class CellStatistics {
    private final int n;
    private final Map<Statistic, Double> published;

    private CellStatistics(int n, Map<Statistic, Double> published) {
        this.n = n;
        this.published = published;
    }

    /**
     * Computes every {@link Statistic} of {@code values} and keeps those {@code rule} publishes.
     *
     * @param values the cell's observations in any order (not modified); may be empty
     */
    public static CellStatistics of(double[] values, SuppressionRule rule) {
        return of(values, null, rule);
    }

    /**
     * Like {@link #of(double[], SuppressionRule)}, with the organisation rules applied when
     * {@code organisations} is given: one id per value ({@code ""} for unknown); the thresholds
     * then also count distinct known organisations, and none may carry more than the rule's share.
     */
    public static CellStatistics of(double[] values, String[] organisations, SuppressionRule rule) {
        int distinct = Integer.MAX_VALUE;
        double largest = 0;
        if (organisations != null && values.length > 0) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            for (String o : organisations) {
                if (!o.isEmpty()) {
                    counts.merge(o, 1, Integer::sum);
                }
            }
            if (!counts.isEmpty()) {
                distinct = counts.size();
                largest = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)
                        / (double) values.length;
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        Map<Statistic, Double> published = new EnumMap<>(Statistic.class);
        int n = sorted.length;
        for (Statistic s : Statistic.values()) {
            if (n == 0 && s != Statistic.N || !rule.publishes(s, n, distinct, largest)) {
                continue;
            }
            published.put(s, switch (s) {
                case N -> (double) n;
                case MEAN -> Arrays.stream(sorted).sum() / n;
                default -> Percentiles.inc(sorted, s.fraction());
            });
        }
        return new CellStatistics(n, published);
    }

    /** Number of observations behind the cell. */
    public int n() {
        return n;
    }

    /** The statistic's value, or empty when suppressed (too few observations). */
    public OptionalDouble value(Statistic statistic) {
        Double v = published.get(statistic);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The same cell with {@code statistic} withheld as well (a secondary suppression); n cannot be.
     */
    public CellStatistics without(Statistic statistic) {
        if (statistic == Statistic.N) {
            throw new IllegalArgumentException("the count is always published");
        }
        Map<Statistic, Double> kept = new EnumMap<>(Statistic.class);
        kept.putAll(published);
        kept.remove(statistic);
        return new CellStatistics(n, kept);
    }

    /** True when at least one statistic other than n was withheld. */
    public boolean anySuppressed() {
        return published.size() < Statistic.values().length;
    }
}
