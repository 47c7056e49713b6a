package org.careerbench.report.assembly;

import org.careerbench.diagnostics.Problem;

/**
 * A block that cannot be built as the template wrote it: a name the data lacks, a block the
 * format cannot hold. The builder records the problem and carries on with the next block.
 */
final class BlockProblem extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    BlockProblem(Problem problem) {
        super(problem.toString(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
