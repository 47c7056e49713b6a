package org.careerbench.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Report;
import org.careerbench.report.Theme;
import org.careerbench.report.Words;

/**
 * Renders a report as a PDF.
 *
 * <p>Contract: writes a complete PDF to {@code target} or throws: a cover page, a table of
 * contents whose page numbers match, then each level-1 section numbered and bookmarked,
 * level-2 sections as numbered, nested bookmarks. Every text element, chart text included,
 * uses the theme's embedded fonts; charts are vector. With {@link Report#archival()} the file
 * is written as PDF/A-1b (XMP metadata, sRGB output intent).
 */
public final class PdfReportRenderer implements org.careerbench.report.Renderer {
    private static final float MM = 72f / 25.4f;
    private final PdfResources shared;
    private long chartNanos;

    /** A renderer that loads fonts and logo for each report itself. */
    public PdfReportRenderer() {
        this(null);
    }

    /** A renderer using resources shared by the reports of a run (and by threads); the caller closes them. */
    public PdfReportRenderer(PdfResources shared) {
        this.shared = shared;
    }

    /** Time this renderer spent drawing charts, in nanoseconds, summed over its renders. */
    public long chartNanos() {
        return chartNanos;
    }

    @Override
    public void render(Report report, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            render(report, out);
        }
    }

    /**
     * Writes {@code report} as PDF bytes to {@code out}; does not close it. Lays the report out
     * twice: the first pass (to a null stream, never finished) learns the page each section starts
     * on, the second writes them into the table of contents.
     */
    public void render(Report report, OutputStream out) throws IOException {
        if (shared != null) {
            Map<String, Integer> pages = write(report, OutputStream.nullOutputStream(), null, shared);
            write(report, out, pages, shared);
            return;
        }
        try (PdfResources own = new PdfResources()) {
            Map<String, Integer> pages = write(report, OutputStream.nullOutputStream(), null, own);
            write(report, out, pages, own);
        }
    }

    private Map<String, Integer> write(Report report, OutputStream out, Map<String, Integer> tocPages,
            PdfResources resources) throws IOException {
        Theme theme = report.theme();
        Words words = report.words();
        ChartFonts chartFonts = resources.chartFonts(theme);
        PdfFonts fonts = new PdfFonts(theme, chartFonts);
        Rectangle size = theme.pageSize().equals("Letter") ? PageSize.LETTER : PageSize.A4;
        float margin = theme.marginMm() * MM;
        Document document = new Document(size, margin, margin, margin + 10, margin + 10);
        try {
            // The caller owns the stream: PdfWriter closes its stream when the document closes.
            PdfWriter writer = PdfWriter.getInstance(document, CloseShieldOutputStream.wrap(out));
            if (report.archival()) {
                writer.setPDFXConformance(PdfWriter.PDFA1B);
            }
            SectionPages sectionPages = new SectionPages();
            writer.setPageEvent(new PageFooter(fonts, report.title(), CoverPage.monthName(report.period(), words),
                    theme.muted(), words));
            writer.setPageEvent(sectionPages);
            document.addTitle(report.title());
            document.addSubject(report.subtitle().isEmpty() ? report.field() : report.subtitle());
            document.addAuthor(theme.organisation());
            document.addCreator("CareerBench");
            document.addKeywords(String.join(", ", report.field(), report.period(), words.get("keywords")));
            java.util.Calendar created = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(report.created().toEpochMilli());
            document.addCreationDate(new com.lowagie.text.pdf.PdfDate(created));
            if (report.archival()) {
                writer.createXmpMetadata();
            }
            document.open();
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language()));
            if (report.archival()) {
                writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            }
            new CoverPage(fonts, theme, words).write(document, report, resources.logo(theme));
            document.newPage();
            boolean layoutOnly = tocPages == null;
            // The first section follows the contents on their page: a short contents list leaves no page empty.
            new TableOfContents(fonts, theme, words).write(document, report, layoutOnly ? Map.of() : tocPages);
            PdfBlocks blocks = new PdfBlocks(writer, fonts, theme, document.right() - document.left(), chartFonts,
                    words);
            new SectionWriter(writer, fonts, theme, blocks).write(document, report);
            chartNanos += blocks.charts().chartNanos();
            if (layoutOnly) {
                // The first pass only needs where sections fall; closing would subset and embed the fonts
                // for nothing. The unclosed document writes to a null stream and is simply dropped.
                return sectionPages.pages();
            }
            document.close();
            return sectionPages.pages();
        } catch (DocumentException e) {
            throw new IOException("could not write PDF: " + e.getMessage(), e);
        }
    }
}
