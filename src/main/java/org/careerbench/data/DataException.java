package org.careerbench.data;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;

/** Thrown when input data cannot be used; carries every problem found, not only the first. */
public final class DataException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** @param problems at least one problem */
    public DataException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a DataException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Problems counted by {@link Problem#tally() tally} — for a data value its file, column and what
     * was expected, e.g. {@code salaries.csv, column 'base_salary': expected a number → 12}.
     */
    public Map<String, Integer> summary() {
        Problems all = new Problems();
        all.addAll(problems);
        return all.countByKind();
    }

    /**
     * The problems of a hand-written file, if any.
     *
     * @throws DataException listing them, when there are any
     */
    public static void throwIfAny(Problems problems) throws DataException {
        if (!problems.isEmpty()) {
            throw new DataException(problems.sorted());
        }
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
