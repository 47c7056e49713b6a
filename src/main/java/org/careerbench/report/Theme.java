package org.careerbench.report;

import java.awt.Color;
import java.util.List;

/**
 * Look shared by every format: colours, fonts, page setup, organisation name.
 *
 * @param organisation  name printed on covers and in document properties
 * @param primary       headings, table headers, first chart series
 * @param accent        second emphasis colour
 * @param text          body text
 * @param muted         captions, notes, footers
 * @param zebra         fill of alternate table rows
 * @param series        chart series colours, in order
 * @param regular       body font
 * @param bold          bold font
 * @param italic        italic font
 * @param fontSize      body font size in points
 * @param pageSize      "A4" or "Letter"
 * @param marginMm      page margin in millimetres
 * @param logo          PNG or JPEG bytes of the organisation's logo, empty for none; callers must not modify them
 */
public record Theme(String organisation, Color primary, Color accent, Color text, Color muted, Color zebra,
        List<Color> series, ThemeFont regular, ThemeFont bold, ThemeFont italic, float fontSize, String pageSize,
        float marginMm, byte[] logo) {
    /** The chart series colours of a theme that names none. */
    public static final List<Color> DEFAULT_SERIES = List.of(new Color(0x1F4E79), new Color(0xC55A11),
            new Color(0x2E8B57), new Color(0x7A5195), new Color(0xB8860B));

    public Theme {
        series = List.copyOf(series);
    }

    /** The same look with body text of {@code size} points: for a rendering read at another scale. */
    public Theme withFontSize(float size) {
        return new Theme(organisation, primary, accent, text, muted, zebra, series, regular, bold, italic, size,
                pageSize, marginMm, logo);
    }

    /**
     * A theme to be named part by part: the organisation and the fonts every theme needs; the rest
     * defaults to the shipped look (blue headings, orange accent, dark grey text, A4 with 18 mm
     * margins, 10 pt, no logo) unless named.
     */
    public static Builder builder(String organisation, ThemeFont regular, ThemeFont bold, ThemeFont italic) {
        return new Builder(organisation, regular, bold, italic);
    }

    /** Names a theme's parts one by one; {@link #build} makes the immutable theme. */
    public static final class Builder {
        private final String organisation;
        private final ThemeFont regular;
        private final ThemeFont bold;
        private final ThemeFont italic;
        private Color primary = new Color(0x1F4E79);
        private Color accent = new Color(0xC55A11);
        private Color text = new Color(0x222222);
        private Color muted = new Color(0x6B7280);
        private Color zebra = new Color(0xF2F5F9);
        private List<Color> series = DEFAULT_SERIES;
        private float fontSize = 10;
        private String pageSize = "A4";
        private float marginMm = 18;
        private byte[] logo = new byte[0];

        private Builder(String organisation, ThemeFont regular, ThemeFont bold, ThemeFont italic) {
            this.organisation = organisation;
            this.regular = regular;
            this.bold = bold;
            this.italic = italic;
        }

        /** The colours of headings, emphasis, body text, captions and alternate table rows. */
        public Builder colors(Color primary, Color accent, Color text, Color muted, Color zebra) {
            this.primary = primary;
            this.accent = accent;
            this.text = text;
            this.muted = muted;
            this.zebra = zebra;
            return this;
        }

        /** The chart series colours, in order. */
        public Builder series(List<Color> series) {
            this.series = series;
            return this;
        }

        /** The body font size in points. */
        public Builder fontSize(float fontSize) {
            this.fontSize = fontSize;
            return this;
        }

        /** The paper ("A4" or "Letter") and its margin in millimetres. */
        public Builder page(String pageSize, float marginMm) {
            this.pageSize = pageSize;
            this.marginMm = marginMm;
            return this;
        }

        /** The logo's PNG or JPEG bytes, empty for none. */
        public Builder logo(byte[] logo) {
            this.logo = logo;
            return this;
        }

        /** The theme. */
        public Theme build() {
            return new Theme(organisation, primary, accent, text, muted, zebra, series, regular, bold, italic, fontSize,
                    pageSize, marginMm, logo);
        }
    }
}
