package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.Builds;
import org.careerbench.PdfFacts;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfReportRendererTest {
    static InputData data;
    static Report report;
    static Path file;
    static PdfFacts pdf;

    @BeforeAll
    static void render(@TempDir Path dir) throws Exception {
        data = new InputLoader().load(Path.of("input"));
        report = Builds.one(new TemplateLoader().load(Path.of("templates/career-report.md")), data,
                YearMonth.of(2026, 11));
        file = dir.resolve("r.pdf");
        new PdfReportRenderer().render(report, file);
        pdf = PdfFacts.read(file);
    }

    private static List<String> numbers() {
        return SectionWriter.numbers(report);
    }

    @Test
    void everySectionHasANumberedOutlineEntry() {
        List<String> numbers = numbers();
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            String entry = (s.level() == 1 ? "" : "  ") + numbers.get(i) + " " + s.title();
            assertTrue(pdf.outline().contains(entry), entry + " in " + pdf.outline());
        }
        assertEquals(report.sections().size(), pdf.outline().size());
    }

    @Test
    void everySectionTitleIsOnThePageTheContentsGive() {
        String contents = pdf.pageTexts().get(1);
        assertTrue(contents.startsWith("Contents"), contents);
        List<String> numbers = numbers();
        for (int i = 0; i < report.sections().size(); i++) {
            String title = report.sections().get(i).title();
            Matcher m = Pattern.compile(Pattern.quote(numbers.get(i)) + "\\s+" + Pattern.quote(title) + "\\s+(\\d+)")
                    .matcher(contents);
            assertTrue(m.find(), title + " listed in: " + contents);
            int page = Integer.parseInt(m.group(1));
            assertTrue(pdf.pageTexts().get(page - 1).contains(numbers.get(i) + " " + title),
                    "'" + title + "' on page " + page + ": " + pdf.pageTexts().get(page - 1));
        }
    }

    @Test
    void pagesAfterTheCoverSayPageXOfY() {
        int total = pdf.pageTexts().size();
        for (int page = 2; page <= total; page++) {
            assertTrue(pdf.pageTexts().get(page - 1).contains("Page " + page + " of " + total),
                    "page " + page + ": " + pdf.pageTexts().get(page - 1));
            assertTrue(pdf.pageTexts().get(page - 1).contains(report.title() + "\nNovember 2026 Page " + page),
                    "running header and footer on page " + page);
        }
        assertFalse(pdf.pageTexts().get(0).contains("Page 1 of"));
    }

    @Test
    void fontsAreEmbeddedAndChartsAreVectorWithRealText() {
        assertTrue(pdf.unembeddedFonts().isEmpty(), pdf.unembeddedFonts().toString());
        assertTrue(pdf.fonts().stream().anyMatch(f -> f.contains("DejaVuSans")), pdf.fonts().toString());
        assertEquals(1, pdf.rasterImages(), "the theme's logo on the cover, and nothing else: charts are vector");
        assertTrue(pdf.text().contains("Demand index (100 = top skill)"), "chart axis label is searchable text");
        assertTrue(pdf.text().contains("Global SRE market size, 2024–2031 (USD million)"));
        assertTrue(pdf.text().contains("Published range"), "range chart legend");
    }

    @Test
    void documentPropertiesAndLanguage() {
        assertEquals(report.title(), pdf.title());
        assertEquals(report.subtitle(), pdf.subject());
        assertEquals("CareerBench", pdf.author());
        assertTrue(pdf.keywords().contains("SRE for ML systems") && pdf.keywords().contains("2026-11"));
        assertNotNull(pdf.created());
        assertEquals("en", pdf.language());
    }

    @Test
    void suppressedCellsShowADashAndAFootnote() {
        assertTrue(pdf.text().contains("—"));
        assertTrue(pdf.text().contains("not published: too few observations"));
    }

    @Test
    void qpdfFindsNoStructuralErrors() throws Exception {
        boolean installed;
        try {
            installed = new ProcessBuilder("qpdf", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            installed = false;
        }
        org.careerbench.ExternalTool.require(installed, "qpdf is not installed here");
        Process p = new ProcessBuilder("qpdf", "--check", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("No syntax or stream encoding errors found"), out);
    }

    @Test
    void nonLatinNamesRender(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Files.writeString(dir.resolve("t.md"), "---\ntitle: Zoë in São Paulo\n---\n# Kraków\nPay in € for Zoë.\n");
        Report r = Builds.one(new TemplateLoader().load(dir.resolve("t.md")), data,
                YearMonth.of(2026, 1));
        Path f = dir.resolve("u.pdf");
        new PdfReportRenderer().render(r, f);
        PdfFacts u = PdfFacts.read(f);
        assertTrue(u.text().contains("Zoë in São Paulo"));
        assertTrue(u.text().contains("Kraków"));
        assertTrue(u.text().contains("Pay in € for Zoë."));
        assertEquals("Zoë in São Paulo", u.title());
    }

    @Test
    void aLogoIsTheOnlyRasterImage(@TempDir Path dir) throws Exception {
        java.awt.image.BufferedImage logo = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(logo, "png", dir.resolve("logo.png").toFile());
        Files.writeString(dir.resolve("theme.yaml"), "organisation: Acme\nlogo: logo.png\n");
        Files.writeString(dir.resolve("t.md"), "---\ntitle: T\n---\n# Market\n```chart\nsource: market\n```\n");
        Report r = Builds.one(new TemplateLoader().load(dir.resolve("t.md")), data,
                YearMonth.of(2026, 1));
        Path f = dir.resolve("logo.pdf");
        new PdfReportRenderer().render(r, f);
        assertEquals(1, PdfFacts.read(f).rasterImages());
    }

    @Test
    void archivalReportsAreValidPdfA1b(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("templates/theme.yaml"), dir.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), dir.resolve("logo.png"));
        Files.writeString(dir.resolve("a.md"), Files.readString(Path.of("templates/career-report.md"))
                .replaceFirst("\nformat: [^\n]*\n", "\nformat: pdf\npdf-a: true\n"));
        Report r = Builds.one(new TemplateLoader().load(dir.resolve("a.md")), data,
                YearMonth.of(2026, 11));
        Path f = dir.resolve("a.pdf");
        new PdfReportRenderer().render(r, f);
        assertTrue(validateAsPdfA1b(f).isEmpty(), validateAsPdfA1b(f).toString());
        assertFalse(validateAsPdfA1b(file).isEmpty(), "the default report does not claim PDF/A");
    }

    private static List<String> validateAsPdfA1b(Path f) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(f);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B)) {
            ValidationResult result = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false)
                    .validate(parser);
            return result.getTestAssertions().stream().filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
                    .map(t -> t.getRuleId().getClause() + ": " + t.getMessage()).distinct().toList();
        }
    }

    @Test
    void assumptionsReadAsATableInAPdf(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("theme.yaml"), "");
        Files.writeString(dir.resolve("t.md"), "---\ntitle: T\nformat: [pdf, xlsx]\n---\n# Inputs\n```table\n"
                + "source: assumptions\n```\n");
        List<Report> reports = Builds.all(new TemplateLoader().load(dir.resolve("t.md")), data,
                YearMonth.of(2026, 11));
        assertEquals(List.of("t.pdf", "t.xlsx"), reports.stream().map(Report::fileName).toList());
        Path f = dir.resolve("t.pdf");
        new PdfReportRenderer().render(reports.get(0), f);
        String text = PdfFacts.read(f).text();
        assertTrue(text.contains("Aging rate (a year) 3.0%"), text);
        assertTrue(text.contains("Effective date 2026-11-01"), text);
    }
}
