package org.careerbench.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.careerbench.report.Theme;
import org.careerbench.report.ThemeFont;

/**
 * The theme's regular and bold TrueType fonts as AWT fonts, so chart text uses the very glyphs
 * the PDF embeds.
 *
 * <p>The fonts are read from temporary files this object owns and deletes on {@link #close()}:
 * {@code Font.createFont(InputStream)} would instead register a JVM shutdown hook on first use,
 * which fails if that first use happens while the JVM shuts down (a scheduled run finishing after
 * SIGTERM).
 */
public final class ChartFonts implements AutoCloseable {
    private final Font regular;
    private final Font bold;
    private final Path folder;

    private ChartFonts(Font regular, Font bold, Path folder) {
        this.regular = regular;
        this.bold = bold;
        this.folder = folder;
    }

    /** Loads the theme's fonts through the system temp folder; close the result when charts are drawn. */
    public static ChartFonts of(Theme theme) {
        return of(theme, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Loads the theme's fonts through a folder made inside {@code scratch} (a run's own scratch
     * folder, so nothing is left in the system temp folder by a run that is stopped); close the
     * result when charts are drawn.
     */
    public static ChartFonts of(Theme theme, Path scratch) {
        try {
            Path folder = Files.createTempDirectory(scratch, "careerbench-fonts");
            return new ChartFonts(load(theme.regular(), folder), load(theme.bold(), folder), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the theme's fonts for charts", e);
        }
    }

    private static Font load(ThemeFont font, Path folder) throws IOException {
        Path file = Files.write(folder.resolve(font.name() + ".ttf"), font.ttf());
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("font " + font.name() + " is not a TrueType font", e);
        }
    }

    /** The regular face at 1 pt. */
    public Font regular() {
        return regular;
    }

    /** The bold face at 1 pt. */
    public Font bold() {
        return bold;
    }

    /** True when {@code font} was derived from the bold face or asks for bold. */
    public boolean isBold(Font font) {
        return font.isBold() || font.getFontName().equals(bold.getFontName());
    }

    @Override
    public void close() {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A leftover in the temp folder is harmless; the chart is already drawn.
        }
    }
}
