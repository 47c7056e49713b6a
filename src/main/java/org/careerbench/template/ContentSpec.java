package org.careerbench.template;

import java.util.List;
import org.careerbench.report.TextRun;

/** One element of a section in a template: narrative or a data block. */
public sealed interface ContentSpec permits ContentSpec.Prose, ContentSpec.ListItems, BlockSpec {

    /** 1-based line in the template file where the element starts. */
    int line();

    /** A paragraph of inline runs; may contain {@code {{ placeholders }}}. */
    record Prose(List<TextRun> runs, int line) implements ContentSpec {
        public Prose {
            runs = List.copyOf(runs);
        }
    }

    /** A bulleted or numbered list; each item is a list of runs. */
    record ListItems(List<List<TextRun>> items, boolean ordered, int line) implements ContentSpec {
        public ListItems {
            items = items.stream().map(List::copyOf).toList();
        }
    }
}
