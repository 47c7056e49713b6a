package org.careerbench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF can observe, read back with PDFBox (not the library that wrote it). */
public record PdfFacts(List<String> pageTexts, List<String> outline, Set<String> fonts, Set<String> unembeddedFonts,
        int rasterImages, String title, String subject, String author, String keywords,
        java.util.Calendar created, String language) {

    public static PdfFacts read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            List<String> outline = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    outline.add(item.getTitle());
                    for (PDOutlineItem child : item.children()) {
                        outline.add("  " + child.getTitle());
                    }
                }
            }
            Set<String> fonts = new HashSet<>();
            Set<String> unembedded = new HashSet<>();
            int[] images = {0};
            for (PDPage page : doc.getPages()) {
                scan(page.getResources(), fonts, unembedded, images, new HashSet<>());
            }
            var info = doc.getDocumentInformation();
            return new PdfFacts(pages, outline, fonts, unembedded, images[0], info.getTitle(), info.getSubject(),
                    info.getAuthor(), info.getKeywords(), info.getCreationDate(),
                    doc.getDocumentCatalog().getLanguage());
        }
    }

    private static void scan(PDResources resources, Set<String> fonts, Set<String> unembedded, int[] images,
            Set<COSName> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images[0]++;
            } else if (x instanceof PDFormXObject form && seen.add(name)) {
                scan(form.getResources(), fonts, unembedded, images, seen);
            }
        }
    }

    /** All pages' text. */
    public String text() {
        return String.join("\n", pageTexts);
    }

    /** 1-based number of the first page whose text contains {@code s}, or 0. */
    public int pageOf(String s) {
        for (int i = 0; i < pageTexts.size(); i++) {
            if (pageTexts.get(i).contains(s)) {
                return i + 1;
            }
        }
        return 0;
    }
}
