package org.careerbench.report;

import java.util.List;
import org.careerbench.template.TextRun;

/** A semantic piece of a section. Renderers switch over the permitted kinds. */
public sealed interface Block permits Block.Prose, Block.Bullets, Block.KeyFigures, Block.Note, TableBlock,
        ChartBlock {

    /** A paragraph of styled runs, placeholders already filled. */
    record Prose(List<TextRun> runs) implements Block {
        public Prose {
            runs = List.copyOf(runs);
        }
    }

    /** A bulleted or numbered list. */
    record Bullets(List<List<TextRun>> items, boolean ordered) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A row of key-figure callouts. */
    record KeyFigures(List<KeyFigure> figures) implements Block {
        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    /** A short note in small type, e.g. a caveat under a chart. */
    record Note(String text) implements Block {
    }
}
