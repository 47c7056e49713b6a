package org.careerbench.report;

import java.util.List;

/**
 * A titled part of a report; becomes a bookmarked section in a PDF and a sheet in a workbook.
 *
 * @param level 1 for a top-level section, 2 for a subsection
 */
public record Section(String title, int level, List<Block> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }
}
