package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 28: the career reports opened on a cover with only a title, then a contents page about 70%
 * empty. The cover now leads with the report's first finding, and the first section begins on the
 * contents' page.
 */
class CoverWithOnlyATitleAndAnEmptyContentsPageTest {
    @Test
    void theCoverLeadsWithTheFirstFindingAndTheFirstSectionFollowsTheContents() throws Exception {
        int reports = 0;
        for (Map.Entry<Path, List<String>> e : ShippedDeliverables.texts().entrySet()) {
            String name = e.getKey().getFileName().toString();
            if (!name.endsWith(".pdf")) {
                continue;
            }
            String cover = e.getValue().get(0).replaceAll("\\s+", " ");
            String second = e.getValue().get(1).replaceAll("\\s+", " ");
            boolean german = second.contains("Inhalt");
            java.util.regex.Matcher contents = java.util.regex.Pattern.compile("(?:Contents|Inhalt) 1\\. (.+?) \\d+ ")
                    .matcher(second);
            assertTrue(contents.find(), name + ": the contents and their first entry on page 2: " + second);
            // The heading is on the page twice: in the contents and where the section begins.
            String first = "1. " + contents.group(1);
            assertTrue(second.indexOf(first) != second.lastIndexOf(first), name + " begins its body on page 2");
            if (name.equals("career-report.pdf") || name.equals("karrierebericht.pdf")) {
                assertTrue(cover.contains(german ? "Kurz gesagt Die veröffentlichten Gehaltsbänder wirken veraltet"
                        : "In brief The published ranges look out of date"), name + ": " + cover);
                reports++;
            }
        }
        assertTrue(reports == 2, "the English and German career reports");
    }
}
