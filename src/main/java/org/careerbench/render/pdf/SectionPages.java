package org.careerbench.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.Map;

/** Records the page each section heading lands on, from the generic tag its heading carries. */
final class SectionPages extends PdfPageEventHelper {
    private final Map<String, Integer> pages = new HashMap<>();

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        pages.putIfAbsent(text, writer.getPageNumber());
    }

    /** Section key to 1-based page number. */
    Map<String, Integer> pages() {
        return Map.copyOf(pages);
    }
}
