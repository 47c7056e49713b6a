package org.careerbench.render.pdf;

import com.lowagie.text.Chapter;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Block;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.template.Theme;
import org.jfree.chart.text.TextUtils;

/**
 * Renders a report as a PDF.
 *
 * <p>Contract: writes a complete PDF to {@code target} or throws; a cover page, then each
 * level-1 section as a numbered chapter (a bookmark), level-2 sections as numbered
 * subsections (nested bookmarks). Every text element, chart text included, uses the theme's
 * embedded fonts; charts are vector.
 */
public final class PdfReportRenderer {
    private static final float MM = 72f / 25.4f;

    static {
        // Without this JFreeChart draws rotated axis labels as outlines, not as searchable text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** Writes {@code report} to {@code target}, replacing any file there. */
    public void render(Report report, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            render(report, out);
        }
    }

    /** Writes {@code report} as PDF bytes to {@code out}; does not close it. */
    public void render(Report report, OutputStream out) throws IOException {
        Theme theme = report.theme();
        PdfFonts fonts = new PdfFonts(theme, ChartFonts.of(theme));
        Rectangle size = theme.pageSize().equals("Letter") ? PageSize.LETTER : PageSize.A4;
        float margin = theme.marginMm() * MM;
        Document document = new Document(size, margin, margin, margin + 10, margin + 10);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosingStream(out));
            writer.setPageEvent(new PageFooter(fonts, report.title(), report.period(), theme.muted()));
            document.addTitle(report.title());
            document.addSubject(report.subtitle().isEmpty() ? report.field() : report.subtitle());
            document.addAuthor(theme.organisation());
            document.addCreator("CareerBench");
            document.addKeywords(String.join(", ", report.field(), report.period(), "salary benchmark"));
            document.open();
            new CoverPage(fonts, theme).write(document, report);
            document.newPage();
            PdfBlocks blocks = new PdfBlocks(writer, fonts, theme, document.right() - document.left());
            writeSections(document, report, blocks, fonts, theme);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("could not write PDF: " + e.getMessage(), e);
        }
    }

    private static void writeSections(Document document, Report report, PdfBlocks blocks, PdfFonts fonts,
            Theme theme) throws DocumentException {
        Chapter chapter = null;
        com.lowagie.text.Section current = null;
        int number = 0;
        for (Section s : report.sections()) {
            if (s.level() <= 1 || chapter == null) {
                if (chapter != null) {
                    document.add(chapter);
                }
                Paragraph title = new Paragraph(s.title(), fonts.font(true, false, theme.fontSize() + 6,
                        theme.primary()));
                title.setSpacingBefore(chapter == null ? 0 : 14);
                title.setSpacingAfter(6);
                chapter = new Chapter(title, ++number);
                chapter.setTriggerNewPage(false);
                chapter.setBookmarkOpen(true);
                current = chapter;
            } else {
                Paragraph title = new Paragraph(s.title(), fonts.font(true, false, theme.fontSize() + 2,
                        theme.primary()));
                title.setSpacingBefore(10);
                title.setSpacingAfter(4);
                current = chapter.addSection(title);
                current.setBookmarkOpen(false);
            }
            for (Block b : s.blocks()) {
                for (Element e : blocks.elements(b)) {
                    current.add(e);
                }
            }
        }
        if (chapter != null) {
            document.add(chapter);
        }
    }

    /** Lets the caller own the stream: PdfWriter closes its stream on document close. */
    private static final class NonClosingStream extends java.io.FilterOutputStream {
        NonClosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
