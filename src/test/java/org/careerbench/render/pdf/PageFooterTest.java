package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running header and "Page X of Y" footer: on every page but the cover, with the true total. */
class PageFooterTest {
    @TempDir
    Path dir;

    @Test
    void everyPageButTheCoverCountsItselfOutOfTheTrueTotal() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 12),
                RenderedPdf.section("Levels", 1, 12)));
        int total = pages.size();
        assertTrue(total >= 4, total + " pages");
        assertFalse(pages.get(0).contains("Page 1 of"), "the cover has no footer");
        for (int p = 2; p <= total; p++) {
            String text = pages.get(p - 1).replaceAll("\\s+", " ");
            assertTrue(text.matches("(?s).*Page\\s*" + p + "\\s*of\\s*" + total + "\\b.*"), "page " + p + ": " + text);
            assertTrue(text.contains("Salary guide"), "the running header on page " + p);
            assertTrue(text.contains("November 2026"), "the period on page " + p);
        }
    }

    @Test
    void theTotalIsOneNumberForEveryPage() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 10)));
        java.util.Set<String> totals = new java.util.HashSet<>();
        for (int p = 2; p <= pages.size(); p++) {
            var m = java.util.regex.Pattern.compile("Page\\s*" + p + "\\s*of\\s*(\\d+)").matcher(pages.get(p - 1)
                    .replaceAll("\\s+", " "));
            assertTrue(m.find(), pages.get(p - 1));
            totals.add(m.group(1));
        }
        assertEquals(1, totals.size(), totals.toString());
    }

    @Test
    void aGermanReportSaysSeiteVon() throws Exception {
        List<String> pages = RenderedPdf.pages(dir, "de", List.of(RenderedPdf.section("Gehalt", 1, 2)));
        String second = pages.get(1).replaceAll("\\s+", " ");
        assertTrue(second.matches("(?s).*Seite\\s*2\\s*von\\s*\\d+.*"), second);
        assertTrue(second.contains("November 2026"), second);
    }
}
