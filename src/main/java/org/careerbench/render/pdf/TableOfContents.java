package org.careerbench.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.Theme;
import org.careerbench.report.Words;

/**
 * The contents page: one linked line per section with the page it starts on. The page numbers
 * come from a first rendering pass; the lines have the same layout in both passes, so the
 * numbers stay true.
 */
final class TableOfContents {
    private final PdfFonts fonts;
    private final Theme theme;
    private final Words words;

    TableOfContents(PdfFonts fonts, Theme theme, Words words) {
        this.words = words;
        this.fonts = fonts;
        this.theme = theme;
    }

    void write(Document document, Report report, Map<String, Integer> pages) throws DocumentException {
        Paragraph title = new Paragraph(words.get("contents"), fonts.font(true, false, theme.fontSize() + 6, theme.primary()));
        title.setSpacingAfter(12);
        document.add(title);
        PdfPTable table = new PdfPTable(new float[] {8, 84, 8});
        table.setWidthPercentage(100);
        List<String> numbers = SectionWriter.numbers(report);
        for (int i = 0; i < report.sections().size(); i++) {
            Section s = report.sections().get(i);
            boolean top = s.level() <= 1;
            Font font = fonts.font(top, false, theme.fontSize() + (top ? 1 : 0), theme.text());
            String key = SectionWriter.key(i);
            table.addCell(cell(numbers.get(i), font, Element.ALIGN_LEFT, top ? 0 : 10, key));
            table.addCell(cell(s.title(), font, Element.ALIGN_LEFT, top ? 0 : 10, key));
            table.addCell(cell(Integer.toString(pages.getOrDefault(key, 0)), font, Element.ALIGN_RIGHT, 0, key));
        }
        document.add(table);
    }

    private PdfPCell cell(String text, Font font, int align, float indent, String key) {
        Chunk chunk = new Chunk(text, font);
        chunk.setAction(PdfAction.gotoLocalPage(key, false));
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new java.awt.Color(0xE3E7ED));
        cell.setHorizontalAlignment(align);
        cell.setPaddingLeft(indent + 2);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        return cell;
    }
}
