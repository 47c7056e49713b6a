package org.careerbench.data;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when input data cannot be used; carries every problem found, not only the first. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DataProblem> problems;

    /** @param problems at least one problem */
    public DataException(List<DataProblem> problems) {
        super(problems.stream().map(DataProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Problems grouped by kind — file, column and what was expected — with their counts, in
     * order of first appearance, e.g. {@code salaries.csv, column 'base_salary': expected a number → 12}.
     */
    public java.util.Map<String, Long> summary() {
        java.util.Map<String, Long> kinds = new java.util.LinkedHashMap<>();
        for (DataProblem p : problems) {
            String kind = p.expected().isEmpty() ? p.file() + ": " + p.found().replaceFirst(" in .*$", "")
                    : p.file() + (p.field().isEmpty() ? "" : ", column '" + p.field() + "'") + ": expected "
                    + p.expected();
            kinds.merge(kind, 1L, Long::sum);
        }
        return kinds;
    }

    /**
     * The problems of a hand-written file, if any.
     *
     * @throws DataException listing them, when there are any
     */
    public static void throwIfAny(org.careerbench.diagnostics.Problems problems) throws DataException {
        if (!problems.isEmpty()) {
            throw new DataException(problems.sorted().stream().map(DataProblem::of).toList());
        }
    }

    /** Every problem, in file and line order. */
    public List<DataProblem> problems() {
        return problems;
    }
}
