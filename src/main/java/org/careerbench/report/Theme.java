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
    public Theme {
        series = List.copyOf(series);
    }
}
