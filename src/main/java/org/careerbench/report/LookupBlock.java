package org.careerbench.report;

import java.util.List;

/**
 * A workbook's lookup: the reader picks one value of each key column of {@code source} from a
 * drop-down list and reads the {@code answers} columns of the matching row, live from the table.
 * Immutable.
 *
 * @param caption    the title above the lookup
 * @param source     the table looked up, as its block holds it: its name is its Excel Table's
 * @param keyColumns how many of its leading columns identify a row
 * @param answers    the columns read, by index into the table's columns
 * @param note       what the reader does, said under the lookup
 */
public record LookupBlock(String caption, TableBlock source, int keyColumns, List<Integer> answers, String note)
        implements Block {
    public LookupBlock {
        answers = List.copyOf(answers);
    }
}
