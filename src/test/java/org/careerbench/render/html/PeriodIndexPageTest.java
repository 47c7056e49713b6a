package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The period's index page: each deliverable linked, named, sized; every data value escaped. */
class PeriodIndexPageTest {
    @TempDir
    Path dir;

    private static final List<PeriodIndexPage.Entry> ENTRIES = List.of(
            new PeriodIndexPage.Entry("career-report.pdf", "Career report", 240_000),
            new PeriodIndexPage.Entry("figures.csv", "", 900));

    @Test
    void eachDeliverableIsARowWithItsTitleFormatAndSize() throws Exception {
        String page = Files.readString(PeriodIndexPage.write(dir, YearMonth.of(2026, 11), ENTRIES, "body{}",
                Words.of("en")));
        assertTrue(page.contains("<title>Reports for November 2026</title>"), page);
        assertTrue(page.contains("<a href=\"./career-report.pdf\">Career report</a>"), page);
        assertTrue(page.contains("PDF document"), page);
        assertTrue(page.contains("234 KB"), page);
        assertTrue(page.contains("Every published figure, as data"), "a data file is named for what it holds");
        assertTrue(page.contains("900 bytes"), page);
    }

    @Test
    void hostileFileNamesAndTitlesAreEscapedAndLinksEncoded() {
        String page = PeriodIndexPage.html(YearMonth.of(2026, 11), List.of(new PeriodIndexPage.Entry(
                "r\"><script>alert(1)</script> é.pdf", "<img src=x onerror=alert(1)>", 10)), "", Words.of("en"));
        assertFalse(page.contains("<script>alert"), page);
        assertFalse(page.contains("<img"), page);
        assertTrue(page.contains("href=\"./r%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20%C3%A9.pdf\""), page);
    }

    @Test
    void aStyleSheetCannotCloseItsOwnElement() {
        String page = PeriodIndexPage.html(YearMonth.of(2026, 11), ENTRIES, "p{}</style><script>x()</script>",
                Words.of("en"));
        assertEquals(1, page.split("</style>", -1).length - 1, "one style element, closed once");
        int script = page.indexOf("<script>");
        assertTrue(script > page.indexOf("<style>") && script < page.indexOf("</style>"),
                "the text stays inside the style element, where it is raw text and never runs");
    }

    @Test
    void theStyleSheetAndLanguageAreReadBackForAGatheredPeriod() {
        String page = PeriodIndexPage.html(YearMonth.of(2026, 11), ENTRIES, "body{color:red}\n", Words.of("de"));
        assertEquals("body{color:red}\n", PeriodIndexPage.css(page));
        assertEquals("de", PeriodIndexPage.language(page));
        assertTrue(page.contains("November 2026"), page);
        assertEquals("", PeriodIndexPage.css("<html></html>"));
        assertEquals("en", PeriodIndexPage.language("<html>"));
    }

    @Test
    void theFrontLeadsWithEscapedHeadlineFiguresGroupsByReadersAndSaysWhatWasNotPublished() {
        PeriodIndexPage.Front front = new PeriodIndexPage.Front(List.of(List.of("<b>Median</b>", "$1", "n = 5")),
                java.util.Optional.of(YearMonth.of(2026, 10)), List.of("region 'Africa' skipped: 3 observations"));
        String page = PeriodIndexPage.html(YearMonth.of(2026, 11), List.of(
                new PeriodIndexPage.Entry("guide.pdf", "Guide", 10, "public", "de"),
                new PeriodIndexPage.Entry("bench.xlsx", "Benchmark", 10, "analyst", "en"),
                new PeriodIndexPage.Entry("figures.csv", "", 10)), front, "", Words.of("en"));
        assertTrue(page.contains("<p class=\"label\">&lt;b&gt;Median&lt;/b&gt;</p>"), page);
        assertTrue(page.indexOf("For compensation analysts") < page.indexOf("For everyone"), "analysts first");
        assertTrue(page.indexOf("For everyone") < page.indexOf("Data files for November 2026"), "data files last");
        assertTrue(page.contains("<td>German</td>"), page);
        assertTrue(page.contains("<li>region &#39;Africa&#39; skipped: 3 observations</li>")
                || page.contains("<li>region 'Africa' skipped: 3 observations</li>"), page);
        assertTrue(page.contains("href=\"../2026-10/index.html\""), page);
    }
}
