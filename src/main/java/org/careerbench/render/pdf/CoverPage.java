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

/** The first page: title, subtitle, field, period, organisation. */
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
        spacer.setSpacingBefore(theme.logo().length > 0 ? 90 : 160);
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
        Paragraph field = new Paragraph(words.get("cover.field", report.field()), fonts.font(false, false, 11, theme.muted()));
        field.setSpacingBefore(36);
        document.add(field);
        Paragraph period = new Paragraph(words.get("cover.period", monthName(report.period(), words)), fonts.font(false, false, 11,
                theme.muted()));
        period.setAlignment(Element.ALIGN_LEFT);
        document.add(period);
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
