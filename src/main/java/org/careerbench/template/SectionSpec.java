package org.careerbench.template;

import java.util.List;

/**
 * A heading and what follows it up to the next heading of any level.
 *
 * @param level 1 for {@code #}, 2 for {@code ##} …
 */
public record SectionSpec(String title, int level, int line, List<ContentSpec> content) {
    public SectionSpec {
        content = List.copyOf(content);
    }
}
