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
            boolean german = name.startsWith("karrierebericht");
            assertTrue(second.contains(german ? "Inhalt" : "Contents") && second.contains(german
                    ? "1. Auf einen Blick" : "1. At a glance"), name + ": " + second);
            // The heading is on the page twice: in the contents and where the section begins.
            String first = german ? "1. Auf einen Blick" : "1. At a glance";
            assertTrue(second.indexOf(first) != second.lastIndexOf(first), name + " begins its body on page 2");
            if (name.equals("career-report.pdf") || german) {
                assertTrue(cover.contains(german ? "Kurz gesagt Die veröffentlichten Gehaltsbänder wirken veraltet"
                        : "In brief The published ranges look out of date"), name + ": " + cover);
                reports++;
            }
        }
        assertTrue(reports == 2, "the English and German career reports");
    }
}
