package org.careerbench.render.pdf;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerbench.report.Block;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TextRun;
import org.careerbench.template.ThemeLoader;

/** A small report rendered as PDF and read back page by page, for tests of the PDF's parts. */
final class RenderedPdf {
    private RenderedPdf() {
    }

    /** A section of {@code paragraphs} paragraphs of filler text. */
    static Section section(String title, int level, int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            blocks.add(new Block.Prose(List.of(TextRun.plain("Paragraph " + (i + 1) + " of " + title + ". "
                    + "Pay for the same work differs by level, by place and by employer. ".repeat(6)))));
        }
        return new Section(title, level, blocks);
    }

    /** Each page's text, first page first. */
    static List<String> pages(Path dir, String language, List<Section> sections) throws Exception {
        return pages(dir, language, sections, "");
    }

    /** The same, with {@code headline} as the report's headline finding. */
    static List<String> pages(Path dir, String language, List<Section> sections, String headline) throws Exception {
        Report r = Report.builder("Salary guide", OutputFormat.PDF, "g.pdf").field("SRE").period("2026-11")
                .theme(new ThemeLoader().load(Path.of("templates/theme.yaml"))).sections(sections)
                .language(language).created(org.careerbench.Builds.CREATED).headline(headline).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(r, out);
        Files.write(dir.resolve("g.pdf"), out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(text.getTextFromPage(p));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
