package org.careerbench.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.careerbench.template.Theme;
import org.careerbench.template.ThemeFont;

/**
 * The theme's regular and bold TrueType fonts as AWT fonts, so chart text uses the very
 * glyphs the PDF embeds.
 *
 * @param regular the regular face at 1 pt
 * @param bold    the bold face at 1 pt
 */
public record ChartFonts(Font regular, Font bold) {

    /** Loads the theme's fonts. */
    public static ChartFonts of(Theme theme) {
        return new ChartFonts(load(theme.regular()), load(theme.bold()));
    }

    private static Font load(ThemeFont font) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.ttf()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException("font " + font.name() + " is not a TrueType font", e);
        }
    }

    /** True when {@code font} was derived from the bold face or asks for bold. */
    public boolean isBold(Font font) {
        return font.isBold() || font.getFontName().equals(bold.getFontName());
    }
}
