package org.careerbench.template;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;

/** A template or theme that cannot be used: every problem found, each with its file and line. */
public final class TemplateException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * One problem.
     *
     * @param file    template or theme file
     * @param line    1-based line, or 0 when the problem is the whole file
     * @param problem what is wrong and what was expected
     */
    public TemplateException(Path file, int line, String problem) {
        this(List.of(new Problem(file, line, Problem.Kind.UNKNOWN_VALUE, problem)));
    }

    /** Every problem of a list, one per line of the message, by file and line. */
    public TemplateException(Problems problems) {
        this(problems.sorted());
    }

    private TemplateException(List<Problem> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The problems, by file and line. */
    public List<Problem> problems() {
        return problems;
    }
}
