package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: page 6 of the career report ended 35% blank, because the region chart of section 4.2
 * did not fit below its table and moved to page 7 whole. From the layout read back with PDFBox,
 * the blank space between each page's last line of content and its footer is measured: no page
 * that its section continues after may end more than a quarter empty.
 */
class PagesEndHalfEmptyTest {
    /** A page that begins with a numbered heading starts a section; the page before it may end early. */
    private static final Pattern HEADING = Pattern.compile("^\\d+(\\.\\d+)*\\.\\s");

    /** One page's layout: where its running header and footer are, where content ends, its first line. */
    record PageLayout(int number, float headerY, float footerY, float lastContentY, String firstLine,
            List<String> lines) {
        float blankShare() {
            return (footerY - lastContentY) / (footerY - headerY);
        }
    }

    @Test
    void noPageASectionContinuesAfterEndsMoreThanAQuarterEmpty() throws Exception {
        for (Path pdf : ShippedDeliverables.texts().keySet()) {
            if (!pdf.toString().endsWith(".pdf")) {
                continue;
            }
            List<PageLayout> pages = layout(pdf);
            assertTrue(pages.size() >= 3, pdf + " has content pages");
            List<String> wasteful = new ArrayList<>();
            // The cover and the contents end early by design; the last page has nothing after it.
            for (int i = 2; i < pages.size() - 1; i++) {
                PageLayout page = pages.get(i);
                boolean continues = !HEADING.matcher(pages.get(i + 1).firstLine()).find();
                if (continues && page.blankShare() > 0.25f) {
                    wasteful.add(pdf.getFileName() + " page " + page.number() + " ends "
                            + Math.round(page.blankShare() * 100) + "% blank before '" + pages.get(i + 1).firstLine()
                            + "' on the next page");
                }
            }
            assertEquals(List.of(), wasteful);
        }
    }

    /**
     * Issue 28: the German report ended page 2 with the heading "2. Gehälter nach Stufe" and one
     * line of text, its table on page 3. A numbered heading is followed on its page by more than
     * two lines, or begins the next page.
     */
    @Test
    void aSectionHeadingStrandedWithOneLineAtAPageFoot() throws Exception {
        List<String> stranded = new ArrayList<>();
        for (Path pdf : ShippedDeliverables.texts().keySet()) {
            if (!pdf.toString().endsWith(".pdf")) {
                continue;
            }
            List<PageLayout> pages = layout(pdf);
            // On the last page nothing follows: a short last section ends there, complete.
            for (PageLayout page : pages.subList(0, pages.size() - 1)) {
                List<String> lines = page.lines();
                for (int i = Math.max(0, lines.size() - 3); i < lines.size(); i++) {
                    // A contents entry ends in its page number; a heading does not.
                    if (HEADING.matcher(lines.get(i)).find() && !lines.get(i).matches(".*\\s\\d+$")) {
                        stranded.add(pdf.getFileName() + " page " + page.number() + " ends with '" + lines.get(i)
                                + "' and " + (lines.size() - 1 - i) + " line(s) after it");
                    }
                }
            }
        }
        assertEquals(List.of(), stranded);
    }

    /** Lines by their baseline, top-down, per page; the first and last lines are the running header and footer. */
    static List<PageLayout> layout(Path pdf) throws IOException {
        List<PageLayout> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<float[]> lines = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        // Rotated text (a chart's value-axis title) has its baseline in its own direction, not the page's.
                        if (!text.isBlank() && positions.get(0).getDir() == 0) {
                            lines.add(new float[] {positions.get(0).getYDirAdj()});
                            texts.add(text.strip());
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                if (lines.size() < 3) {
                    pages.add(new PageLayout(p, 0, 1, 1, texts.isEmpty() ? "" : texts.get(0), texts));
                    continue;
                }
                float header = lines.get(0)[0];
                float footer = lines.get(lines.size() - 1)[0];
                float last = header;
                List<String> content = new ArrayList<>();
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i)[0] < footer - 1 && lines.get(i)[0] > header + 1) {
                        last = Math.max(last, lines.get(i)[0]);
                        content.add(texts.get(i));
                    }
                }
                pages.add(new PageLayout(p, header, footer, last, texts.get(1), content));
            }
        }
        return pages;
    }
}
