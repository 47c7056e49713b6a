package org.careerbench.report;

import java.util.List;

/** A semantic piece of a section. Renderers switch over the permitted kinds. */
public sealed interface Block permits Block.Prose, Block.Bullets, Block.KeyFigures, Block.Note, Block.Notice,
        Block.Inputs, LookupBlock,
        TableBlock, ChartBlock {

    /**
     * Named input values a workbook's formulas refer to (the assumptions an analyst may change),
     * each with the validation its cell enforces.
     */
    record Inputs(List<Input> inputs) implements Block {
        public Inputs {
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * One named input.
     *
     * @param key        which input it is
     * @param label      caption beside the cell
     * @param value      a Number, String or {@code java.time.LocalDate}
     * @param type       how to type and format the cell
     * @param allowed    for text inputs, the values allowed (a list validation); empty otherwise
     * @param min        lower bound for numeric inputs (inclusive)
     * @param max        upper bound for numeric inputs (inclusive)
     * @param note       what the input changes
     */
    record Input(InputKey key, String label, Object value, ValueType type, List<String> allowed, double min,
            double max, String note) {
        public Input {
            allowed = List.copyOf(allowed);
        }
    }

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

    /**
     * Something the reader must not miss, shown in place of what could not be shown: a table or
     * chart with no figure to publish, a population with no observation.
     *
     * @param title what is missing, e.g. "Base salary by level, United States"
     * @param text  why, in words
     */
    record Notice(String title, String text) implements Block {
    }
}
