package org.careerbench.render.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.report.Theme;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's one style sheet: the theme's colours, a phone layout and print rules. */
class PageStyleTest {
    @TempDir
    Path dir;

    private String css(String theme) throws Exception {
        Theme t = new ThemeLoader().load(Files.writeString(dir.resolve("theme.yaml"), theme));
        return PageStyle.css(t);
    }

    @Test
    void theThemesColoursReplaceEveryPlaceholder() throws Exception {
        String css = css("colors:\n  primary: \"#123456\"\n  accent: \"#ABCDEF\"\n");
        assertTrue(css.toLowerCase(java.util.Locale.ROOT).contains("#123456"), css);
        assertTrue(css.toLowerCase(java.util.Locale.ROOT).contains("#abcdef"), css);
        for (String placeholder : new String[] {"PRIMARY", "ACCENT", "MUTED", "ZEBRA"}) {
            assertFalse(css.contains(placeholder), placeholder);
        }
    }

    @Test
    void wideTablesScrollInTheirOwnBoxAndChartsShrinkToTheWidth() throws Exception {
        String css = css("");
        assertTrue(css.contains(".table-scroll { overflow-x: auto;"), css);
        assertTrue(css.contains("figure.chart svg { display: block; width: 100%; height: auto;"), css);
        assertTrue(css.contains("@media (max-width: 30rem)"), "a phone layout");
    }

    @Test
    void printingKeepsTablesAndChartsWholeWithoutScrollBoxes() throws Exception {
        String css = css("");
        String print = css.substring(css.indexOf("@media print"));
        assertTrue(print.contains(".table-scroll { overflow: visible; }"), print);
        assertTrue(print.contains("break-inside: avoid"), print);
        assertTrue(print.contains("h2, h3 { break-after: avoid; }"), print);
    }
}
