package org.careerbench.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.nio.file.Path;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Theme;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;

/** The theme's fonts embedded for any Unicode text, and chart text mapped onto the same faces. */
class PdfFontsTest {
    @Test
    void facesAreEmbeddedIdentityHAndChartTextUsesThem() throws Exception {
        Theme theme = new ThemeLoader().load(Path.of("templates/theme.yaml"));
        try (ChartFonts charts = ChartFonts.of(theme)) {
            PdfFonts fonts = new PdfFonts(theme, charts);
            assertEquals(BaseFont.IDENTITY_H, fonts.regular.getEncoding());
            assertTrue(fonts.regular.isEmbedded());
            assertTrue(fonts.regular.charExists('€') && fonts.regular.charExists('ä') && fonts.regular.charExists('—'));
            assertSame(fonts.bold, fonts.awtToPdf(charts.bold().deriveFont(9f)));
            assertSame(fonts.regular, fonts.awtToPdf(charts.regular().deriveFont(9f)));
            assertEquals(12, fonts.pdfToAwt(fonts.bold, 12).getSize());
            assertTrue(charts.isBold(fonts.pdfToAwt(fonts.bold, 12)));
            assertSame(fonts.italic, fonts.font(false, true, 9, Color.BLACK).getBaseFont());
            assertSame(fonts.bold, fonts.font(true, true, 9, Color.BLACK).getBaseFont(), "bold wins over italic");
            assertEquals(theme.fontSize(), fonts.body().getSize());
        }
    }
}
