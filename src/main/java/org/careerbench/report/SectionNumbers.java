package org.careerbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How a report numbers its sections, the same in every format that shows numbers: "1." for each
 * level-1 section, "1.2." for the level-2 sections under it. Level-2 sections before any level-1
 * one count as chapter 1, and the first level-1 section is then 2: no number is given twice.
 */
public final class SectionNumbers {
    private SectionNumbers() {
    }

    /** The number of each section of {@code sections}, in order. */
    public static List<String> of(List<Section> sections) {
        List<String> numbers = new ArrayList<>();
        int chapter = 0;
        int sub = 0;
        for (Section s : sections) {
            if (s.level() <= 1) {
                chapter++;
                sub = 0;
                numbers.add(chapter + ".");
            } else {
                chapter = Math.max(chapter, 1);
                numbers.add(chapter + "." + ++sub + ".");
            }
        }
        return numbers;
    }
}
