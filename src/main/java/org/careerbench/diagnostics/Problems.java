package org.careerbench.diagnostics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mistakes found so far, in the order found — like jsoup's {@code ParseErrorList}: readers add
 * to it and carry on, so that one pass reports everything. Not thread-safe; one per preparation.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Records a problem. */
    public void add(Problem p) {
        list.add(p);
    }

    /** Records a problem at {@code file:line}. */
    public void add(Path file, int line, Problem.Kind kind, String message) {
        add(new Problem(file, line, kind, message));
    }

    /** Records every problem of {@code other}. */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    /** Records every problem of {@code found}. */
    public void addAll(java.util.Collection<Problem> found) {
        list.addAll(found);
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** How many were found. */
    public int size() {
        return list.size();
    }

    /** The problems, by file, then line, then column, then the order found; duplicates once. */
    public List<Problem> sorted() {
        List<Problem> distinct = new ArrayList<>(list.stream().distinct().toList());
        distinct.sort(Comparator.comparing((Problem p) -> p.file().toString()).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return Collections.unmodifiableList(distinct);
    }

    /**
     * How many problems under each {@link Problem#tally() tally}: in the order of {@link Problem.Kind},
     * and within a kind in file and line order, e.g. "unknown key" or
     * "salaries.csv, column 'base_salary': expected a number".
     */
    public Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Problem> distinct = sorted();
        for (Problem.Kind k : Problem.Kind.values()) {
            distinct.stream().filter(p -> p.kind() == k).forEach(p -> counts.merge(p.tally(), 1, Integer::sum));
        }
        return counts;
    }

    /** Every problem on its own line, then the count: what a user reads. */
    public String report() {
        StringBuilder out = new StringBuilder();
        List<Problem> distinct = sorted();
        distinct.forEach(p -> out.append(p).append(System.lineSeparator()));
        out.append(System.lineSeparator()).append(distinct.size()).append(distinct.size() == 1 ? " problem:"
                : " problems:");
        countByKind().forEach((kind, n) -> out.append(System.lineSeparator())
                .append(String.format(java.util.Locale.ROOT, "  %6d  %s", n, kind)));
        return out.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
