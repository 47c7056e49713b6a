package org.careerbench.template;

import java.util.List;
import java.util.Map;

/** One element of a section in a template: narrative or a data block. */
public sealed interface ContentSpec {

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

    /**
     * A fenced data block such as {@code ```table}.
     *
     * @param kind       the fence's info word: table, chart, figures or methodology
     * @param properties the block's YAML body as a map ({@code figures}: key "items" holds the list)
     * @param keyLines   the file line of each top-level key, for errors that point at the key itself
     */
    record Block(String kind, Map<String, Object> properties, int line, Map<String, Integer> keyLines)
            implements ContentSpec {
        public Block {
            properties = Map.copyOf(properties);
            keyLines = Map.copyOf(keyLines);
        }

        /** The line of {@code key}, or the block's line when the key is not written on a line of its own. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }
}
