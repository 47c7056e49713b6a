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

    /** Every problem, in file and line order. */
    public List<DataProblem> problems() {
        return problems;
    }
}
