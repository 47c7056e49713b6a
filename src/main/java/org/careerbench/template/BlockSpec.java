package org.careerbench.template;

/**
 * A fenced data block, parsed into the one type its kind and source call for, with exactly the
 * keys that kind and source accept ({@link Vocabulary}). Downstream code switches on these types.
 */
public sealed interface BlockSpec extends ContentSpec permits FiguresBlock, TableSpec, ChartSpec {
    /** Where the block and its keys are written. */
    KeyLines lines();

    @Override
    default int line() {
        return lines().block();
    }
}
