package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contents page: each section numbered, with the page it really starts on. */
class TableOfContentsTest {
    @TempDir
    Path dir;

    @Test
    void eachSectionIsListedWithThePageItStartsOn() throws Exception {
        List<String> titles = List.of("Market pay", "Levels", "Regions");
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section(titles.get(0), 1, 9),
                RenderedPdf.section(titles.get(1), 1, 9), RenderedPdf.section(titles.get(2), 1, 2)));
        String contents = pages.get(1).replaceAll("\\s+", " ");
        assertTrue(contents.startsWith("Contents") || contents.contains("Contents "), contents);
        int previous = 0;
        for (String title : titles) {
            Matcher m = Pattern.compile(Pattern.quote(title) + "\\s*(\\d+)").matcher(contents);
            assertTrue(m.find(), title + " in " + contents);
            int page = Integer.parseInt(m.group(1));
            assertTrue(page > previous, title + " after the section before it");
            previous = page;
            assertTrue(pages.get(page - 1).contains("Paragraph 1 of " + title),
                    title + " starts on page " + page + ": " + pages.get(page - 1));
        }
    }

    @Test
    void subsectionsAreListedUnderTheirSection() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 1),
                RenderedPdf.section("By level", 2, 1), RenderedPdf.section("By region", 2, 1)));
        String contents = pages.get(1).replaceAll("\\s+", " ");
        int pay = contents.indexOf("Pay");
        int level = contents.indexOf("By level");
        int region = contents.indexOf("By region");
        assertTrue(pay >= 0 && pay < level && level < region, contents);
    }

    @Test
    void theGermanContentsPageIsInhalt() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "de", List.of(RenderedPdf.section("Gehalt", 1, 1)));
        assertTrue(pages.get(1).contains("Inhalt"), pages.get(1));
        assertEquals(false, pages.get(1).contains("Contents"));
    }
}
