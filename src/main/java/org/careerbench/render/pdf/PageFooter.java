package org.careerbench.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.careerbench.report.Words;

/**
 * Running header (report title) and footer (period, "Page X of Y") on every page but the
 * cover. The total is written into a shared template once the document closes.
 */
final class PageFooter extends PdfPageEventHelper {
    private static final float SIZE = 8;
    private final PdfFonts fonts;
    private final String header;
    private final String period;
    private final Color muted;
    private final Words words;
    private PdfTemplate total;

    PageFooter(PdfFonts fonts, String header, String period, Color muted, Words words) {
        this.fonts = fonts;
        this.words = words;
        this.header = header;
        this.period = period;
        this.muted = muted;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float footerY = document.bottom() - 20;
        float headerY = document.top() + 14;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(header, fonts.font(false, false, SIZE, muted)), left, headerY, 0);
        cb.saveState();
        cb.setColorStroke(new Color(0xD0D5DD));
        cb.setLineWidth(0.5f);
        cb.moveTo(left, headerY - 4);
        cb.lineTo(right, headerY - 4);
        cb.stroke();
        cb.restoreState();
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(period, fonts.font(false, false, SIZE, muted)), left, footerY, 0);
        // "Page 3 of 10": the total is only known at the end, so it is a template between the two parts.
        String[] parts = words.get("page.of", page, "\u0000").split("\u0000", -1);
        String text = parts[0];
        String after = parts.length > 1 ? parts[1] : "";
        float textWidth = fonts.regular.getWidthPoint(text, SIZE);
        float totalWidth = fonts.regular.getWidthPoint("000", SIZE);
        float afterWidth = fonts.regular.getWidthPoint(after, SIZE);
        float x = right - totalWidth - textWidth - afterWidth;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(text, fonts.font(false, false, SIZE, muted)), x, footerY, 0);
        cb.addTemplate(total, x + textWidth, footerY);
        if (!after.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(after, fonts.font(false, false, SIZE, muted)), x + textWidth + totalWidth, footerY, 0);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, SIZE);
        total.setColorFill(muted);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
