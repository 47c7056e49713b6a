package org.careerbench.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Groups observations into cells by one or more keys and computes each cell's statistics.
 *
 * @param <T> the observation type
 */
public final class SalaryBenchmark<T> {
    private final List<Function<T, String>> keys;
    private final ToDoubleFunction<T> amount;
    private final SuppressionRule rule;

    /**
     * @param keys   one function per grouping dimension, outermost first
     * @param amount the pay element measured, e.g. base salary
     * @param rule   suppression thresholds applied to every cell
     */
    public SalaryBenchmark(List<Function<T, String>> keys, ToDoubleFunction<T> amount, SuppressionRule rule) {
        this.keys = List.copyOf(keys);
        this.amount = amount;
        this.rule = rule;
    }

    /** One cell: the key values that define it, and its statistics. */
    public record Cell(List<String> key, CellStatistics statistics) {
    }

    /**
     * The cells present in {@code observations}, ordered by {@code order} on their keys.
     *
     * @param order orders cells; e.g. level order first, then alphabetical
     */
    public List<Cell> cells(List<T> observations, Comparator<List<String>> order) {
        Map<List<String>, List<Double>> groups = new LinkedHashMap<>();
        for (T o : observations) {
            List<String> key = keys.stream().map(k -> k.apply(o)).toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(amount.applyAsDouble(o));
        }
        return groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order))
                .map(e -> new Cell(e.getKey(), CellStatistics.of(
                        e.getValue().stream().mapToDouble(Double::doubleValue).toArray(), rule)))
                .toList();
    }

    /**
     * The observations of each cell, cells ordered by {@code order} on their keys; for callers that
     * compute the statistics themselves (e.g. with organisation ids).
     */
    public static <T> java.util.LinkedHashMap<List<String>, List<T>> groups(List<T> observations,
            List<Function<T, String>> keys, Comparator<List<String>> order) {
        Map<List<String>, List<T>> groups = new java.util.HashMap<>();
        if (keys.size() == 1) {
            // One column: group by its text, without a key list per observation (a million rows, several tables).
            Function<T, String> key = keys.get(0);
            Map<String, List<T>> byValue = new java.util.HashMap<>();
            for (T o : observations) {
                byValue.computeIfAbsent(key.apply(o), k -> new ArrayList<>()).add(o);
            }
            byValue.forEach((value, members) -> groups.put(java.util.Collections.singletonList(value), members));
        } else {
            for (T o : observations) {
                List<String> key = new ArrayList<>(keys.size());
                for (Function<T, String> k : keys) {
                    key.add(k.apply(o));
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }

        java.util.LinkedHashMap<List<String>, List<T>> ordered = new java.util.LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** Statistics over all observations as one cell. */
    public CellStatistics overall(List<T> observations) {
        return CellStatistics.of(observations.stream().mapToDouble(amount).toArray(), rule);
    }
}
