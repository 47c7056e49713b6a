package org.careerbench.template;

import java.util.List;

/** A {@code ```figures} block: key-figure callouts, in order. Immutable. */
public record FiguresBlock(List<FigureSpec> figures, KeyLines lines) implements BlockSpec {
    public FiguresBlock {
        figures = List.copyOf(figures);
    }
}
