package org.careerbench.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.careerbench.report.Report;
import org.careerbench.report.Theme;
import org.careerbench.report.Words;

/** The first page: title, subtitle, the headline finding in a box, field, period, organisation. */
final class CoverPage {
    private final PdfFonts fonts;
    private final Theme theme;
    private final Words words;

    CoverPage(PdfFonts fonts, Theme theme, Words words) {
        this.words = words;
        this.fonts = fonts;
        this.theme = theme;
    }

    /** @param logo the theme's logo for this document, or null */
    void write(Document document, Report report, com.lowagie.text.Image logo) throws DocumentException {
        if (logo != null) {
            logo.scaleToFit(140, 60);
            logo.setAlt(theme.organisation() + " logo");
            document.add(logo);
        }
        Paragraph spacer = new Paragraph(" ", fonts.body());
        spacer.setSpacingBefore((theme.logo().length > 0 ? 90 : 160) - (report.headline().isEmpty() ? 0 : 50));
        document.add(spacer);
        Paragraph org = new Paragraph(theme.organisation().toUpperCase(Locale.ROOT),
                fonts.font(true, false, theme.fontSize(), theme.accent()));
        org.setSpacingAfter(12);
        document.add(org);
        Paragraph title = new Paragraph(report.title(), fonts.font(true, false, 28, theme.primary()));
        title.setLeading(34);
        title.setSpacingAfter(10);
        document.add(title);
        if (!report.subtitle().isEmpty()) {
            document.add(new Paragraph(report.subtitle(), fonts.font(false, false, 15, theme.text())));
        }
        if (!report.headline().isEmpty()) {
            document.add(headline(report.headline()));
        }
        // A template without a career field (a pay transparency report) names none: no empty "Career field:".
        if (!report.field().isBlank()) {
            Paragraph field = new Paragraph(words.get("cover.field", report.field()), fonts.font(false, false, 11,
                    theme.muted()));
            field.setSpacingBefore(report.headline().isEmpty() ? 36 : 18);
            document.add(field);
        }
        Paragraph period = new Paragraph(words.get("cover.period", monthName(report.period(), words)), fonts.font(false, false, 11,
                theme.muted()));
        if (report.field().isBlank()) {
            period.setSpacingBefore(report.headline().isEmpty() ? 36 : 18);
        }
        period.setAlignment(Element.ALIGN_LEFT);
        document.add(period);
    }

    /** The headline finding, under its label, on the theme's zebra with an accent rule on its left. */
    private com.lowagie.text.pdf.PdfPTable headline(String text) {
        com.lowagie.text.pdf.PdfPTable box = new com.lowagie.text.pdf.PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(30);
        Paragraph content = new Paragraph();
        content.add(new com.lowagie.text.Phrase(words.get("cover.headline") + "\n", fonts.font(true, false,
                theme.fontSize(), theme.accent())));
        content.add(new com.lowagie.text.Phrase(text, fonts.font(false, false, theme.fontSize() + 2, theme.text())));
        content.setLeading((theme.fontSize() + 2) * 1.4f);
        com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell();
        cell.addElement(content);
        cell.setBackgroundColor(theme.zebra());
        cell.setBorder(com.lowagie.text.Rectangle.LEFT);
        cell.setBorderColorLeft(theme.accent());
        cell.setBorderWidthLeft(4);
        cell.setPadding(10);
        cell.setPaddingBottom(14);
        box.addCell(cell);
        return box;
    }

    /** "2026-11" → "November 2026". */
    static String monthName(String period, Words words) {
        try {
            return words.format().month(YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            return period;
        }
    }
}
