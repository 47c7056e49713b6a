package org.careerbench.render.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Theme;
import org.careerbench.report.ThemeFont;

/**
 * The theme's fonts as embedded PDF fonts (Identity-H, so any Unicode text renders), and the
 * {@link FontMapper} that makes chart text use them too.
 */
final class PdfFonts implements FontMapper {
    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    private final ChartFonts chartFonts;
    private final Theme theme;

    PdfFonts(Theme theme, ChartFonts chartFonts) {
        this.theme = theme;
        this.chartFonts = chartFonts;
        this.regular = embed(theme.regular());
        this.bold = embed(theme.bold());
        this.italic = embed(theme.italic());
    }

    private static BaseFont embed(ThemeFont font) {
        try {
            return BaseFont.createFont(font.name() + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    font.ttf(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed font " + font.name(), e);
        }
    }

    Font body() {
        return new Font(regular, theme.fontSize(), Font.NORMAL, theme.text());
    }

    Font font(boolean isBold, boolean isItalic, float size, Color color) {
        BaseFont base = isBold ? bold : isItalic ? italic : regular;
        return new Font(base, size, Font.NORMAL, color);
    }

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return chartFonts.isBold(font) ? bold : regular;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return (font == bold ? chartFonts.bold() : chartFonts.regular()).deriveFont((float) size);
    }
}
