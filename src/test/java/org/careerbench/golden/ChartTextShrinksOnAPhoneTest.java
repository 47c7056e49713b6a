package org.careerbench.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 28: on a 390 px phone, the web page's charts — one 600-unit drawing scaled to the screen —
 * drew their text at about 5 px. Each chart now has a phone drawing shown below 34 rem. In every
 * shipped page, each drawing's smallest text is computed at the width it is shown at: the phone
 * drawing at a 390 px screen's content width, the wide one at a 1280 px desktop's; none is under
 * 10 px.
 */
class ChartTextShrinksOnAPhoneTest {
    /** A 390 px screen less the page's 1 rem padding each side. */
    private static final double PHONE_CONTENT = 390 - 32;
    /** The page's 60 rem column less its padding, on a 1280 px desktop. */
    private static final double DESKTOP_CONTENT = 960 - 32;
    private static final Pattern SVG = Pattern.compile("<svg[^>]*viewBox='0\\.0 0\\.0 ([0-9.]+) [0-9.]+'[^>]*"
            + "class=\"(wide|narrow)\"[^>]*>(.*?)</svg>", Pattern.DOTALL);
    private static final Pattern FONT = Pattern.compile("font-size:\\s*([0-9.]+)px");

    @Test
    void noChartTextIsUnderTenPixelsOnAPhoneOrADesktop() throws Exception {
        int pages = 0;
        Path folder = ShippedDeliverables.texts().keySet().iterator().next().getParent();
        List<Path> htmls;
        try (var files = Files.list(folder)) {
            htmls = files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().equals(
                    "index.html")).sorted().toList();
        }
        for (Path file : htmls) {
            pages++;
            String html = Files.readString(file);
            assertTrue(html.contains("figure.chart svg.narrow { display: none; }")
                    && html.contains("@media (max-width: 34rem) {\n  figure.chart svg.wide { display: none; }"),
                    file + " shows the phone drawing below 34 rem only");
            Matcher m = SVG.matcher(html);
            int wide = 0;
            int narrow = 0;
            List<String> small = new ArrayList<>();
            while (m.find()) {
                double width = Double.parseDouble(m.group(1));
                boolean phone = m.group(2).equals("narrow");
                double scale = (phone ? PHONE_CONTENT : DESKTOP_CONTENT) / width;
                Matcher f = FONT.matcher(m.group(3));
                while (f.find()) {
                    double px = Double.parseDouble(f.group(1)) * scale;
                    if (px < 10) {
                        small.add(m.group(2) + " chart text at " + Math.round(px * 10) / 10.0 + " px");
                    }
                }
                if (phone) {
                    narrow++;
                } else {
                    wide++;
                }
            }
            assertTrue(wide > 0, file + " has charts");
            assertEquals(wide, narrow, file + ": every chart has its phone drawing");
            assertEquals(List.of(), small, file.toString());
        }
        assertEquals(5, pages, "the shipped web pages: the career report in English and German, ML engineering, the "
                + "pay transparency report in English and German");
    }
}
