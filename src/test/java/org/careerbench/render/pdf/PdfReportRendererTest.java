package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.careerbench.PdfFacts;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Report;
import org.careerbench.report.ReportBuilder;
import org.careerbench.report.ReportContext;
import org.careerbench.report.Section;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReportRendererTest {
    static Report report;
    static PdfFacts pdf;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        InputData data = new InputLoader().load(Path.of("input"));
        report = new ReportBuilder().build(new TemplateLoader().load(Path.of("templates/career-report.md")), data,
                new ReportContext(YearMonth.of(2026, 11)));
        Path file = dir.resolve("r.pdf");
        new PdfReportRenderer().render(report, file);
        pdf = PdfFacts.read(file);
    }

    @Test
    void everySectionTitleIsInTheTextAndTheOutline() {
        int chapter = 0;
        int sub = 0;
        for (Section s : report.sections()) {
            if (s.level() == 1) {
                chapter++;
                sub = 0;
                assertTrue(pdf.outline().contains(chapter + ". " + s.title()), pdf.outline().toString());
            } else {
                sub++;
                assertTrue(pdf.outline().contains("  " + chapter + "." + sub + ". " + s.title()), pdf.outline().toString());
            }
            assertTrue(pdf.pageOf(s.title()) > 1, s.title());
        }
        assertEquals(report.sections().size(), pdf.outline().size());
    }

    @Test
    void pagesAfterTheCoverSayPageXOfY() {
        int total = pdf.pageTexts().size();
        for (int page = 2; page <= total; page++) {
            assertTrue(pdf.pageTexts().get(page - 1).contains("Page " + page + " of " + total),
                    "page " + page + ": " + pdf.pageTexts().get(page - 1));
        }
        assertTrue(!pdf.pageTexts().get(0).contains("Page 1 of"));
    }

    @Test
    void fontsAreEmbeddedAndChartsAreVectorWithRealText() {
        assertTrue(pdf.unembeddedFonts().isEmpty(), pdf.unembeddedFonts().toString());
        assertTrue(pdf.fonts().stream().anyMatch(f -> f.contains("DejaVuSans")), pdf.fonts().toString());
        assertEquals(0, pdf.rasterImages());
        assertTrue(pdf.text().contains("Demand index (100 = top skill)"), "chart axis label is searchable text");
        assertTrue(pdf.text().contains("Global SRE market size, 2024–2031 (USD million)"));
    }

    @Test
    void suppressedCellsShowADashAndAFootnote() {
        assertTrue(pdf.text().contains("—"));
        assertTrue(pdf.text().contains("not published: too few observations"));
    }

    @Test
    void nonLatinNamesRender(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Files.writeString(dir.resolve("t.md"), "---\ntitle: Zoë in São Paulo\n---\n# Kraków\nPay in € for Zoë.\n");
        Report r = new ReportBuilder().build(new TemplateLoader().load(dir.resolve("t.md")),
                new InputLoader().load(Path.of("input")), new ReportContext(YearMonth.of(2026, 1)));
        Path file = dir.resolve("u.pdf");
        new PdfReportRenderer().render(r, file);
        PdfFacts u = PdfFacts.read(file);
        assertTrue(u.text().contains("Zoë in São Paulo"));
        assertTrue(u.text().contains("Kraków"));
        assertTrue(u.text().contains("Pay in € for Zoë."));
        assertEquals("Zoë in São Paulo", u.title());
    }
}
