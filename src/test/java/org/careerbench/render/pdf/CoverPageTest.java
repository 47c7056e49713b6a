package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerbench.report.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first page names the report, its career field and its period in the reader's language. */
class CoverPageTest {
    @TempDir
    Path dir;

    @Test
    void theCoverNamesTitleFieldAndPeriod() throws Exception {
        String cover = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 1))).get(0)
                .replaceAll("\\s+", " ");
        assertTrue(cover.contains("Salary guide"), cover);
        assertTrue(cover.contains("Career field: SRE"), cover);
        assertTrue(cover.contains("Period: November 2026"), cover);
    }

    @Test
    void theHeadlineFindingLeadsTheCoverUnderItsLabelAndNothingIsSaidWithoutOne() throws Exception {
        String cover = RenderedPdf.pages(dir, "de", List.of(RenderedPdf.section("Gehalt", 1, 1)),
                "Die Bänder wirken veraltet.").get(0).replaceAll("\\s+", " ");
        assertTrue(cover.contains("Kurz gesagt Die Bänder wirken veraltet."), cover);
        String plain = RenderedPdf.pages(dir, "en", List.of(RenderedPdf.section("Pay", 1, 1))).get(0);
        assertTrue(!plain.contains("In brief"), plain);
    }

    @Test
    void aGermanCoverIsGerman() throws Exception {
        String cover = RenderedPdf.pages(dir, "de", List.of(RenderedPdf.section("Gehalt", 1, 1))).get(0)
                .replaceAll("\\s+", " ");
        assertTrue(cover.contains("Berufsfeld: SRE"), cover);
        assertTrue(cover.contains("Zeitraum: November 2026"), cover);
    }

    @Test
    void aPeriodIsNamedAsAMonthOrLeftAsWritten() {
        assertEquals("November 2026", CoverPage.monthName("2026-11", Words.of("en")));
        assertEquals("März 2026", CoverPage.monthName("2026-03", Words.of("de")));
        assertEquals("Q4 2026", CoverPage.monthName("Q4 2026", Words.of("en")));
    }
}
