package org.careerbench.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.careerbench.report.Theme;
import org.careerbench.template.ThemeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's fonts for charts: the glyphs the PDF embeds, staged in a folder the run owns. */
class ChartFontsTest {
    @TempDir
    Path scratch;

    private static Theme theme() throws Exception {
        return new ThemeLoader().load(Path.of("templates/theme.yaml"));
    }

    private long entries() throws Exception {
        try (Stream<Path> s = Files.list(scratch)) {
            return s.count();
        }
    }

    @Test
    void theBundledFacesAreLoadedRegularAndBold() throws Exception {
        try (ChartFonts fonts = ChartFonts.of(theme(), scratch)) {
            assertTrue(fonts.regular().getFontName().startsWith("DejaVu Sans"), fonts.regular().getFontName());
            assertTrue(fonts.isBold(fonts.bold()));
            assertTrue(fonts.isBold(fonts.bold().deriveFont(12f)), "a size of the bold face is bold");
            assertFalse(fonts.isBold(fonts.regular().deriveFont(12f)));
            assertTrue(fonts.isBold(fonts.regular().deriveFont(Font.BOLD, 12f)), "asking for bold is bold");
            assertTrue(fonts.regular().canDisplayUpTo("Gehälter über 100 € — P50") < 0, "German and the dash");
        }
    }

    @Test
    void theStagedFilesAreInTheRunsScratchFolderAndGoneWhenClosed() throws Exception {
        ChartFonts fonts = ChartFonts.of(theme(), scratch);
        assertEquals(1, entries(), "one folder of its own");
        try (Stream<Path> s = Files.list(Files.list(scratch).findFirst().orElseThrow())) {
            assertEquals(2, s.filter(p -> p.toString().endsWith(".ttf")).count());
        }
        fonts.close();
        assertEquals(0, entries(), "nothing left behind");
        fonts.close();
        assertEquals(0, entries(), "closing twice is harmless");
    }
}
