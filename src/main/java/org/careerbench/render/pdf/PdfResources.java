package org.careerbench.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.careerbench.chart.ChartFonts;
import org.careerbench.report.Theme;

/**
 * What every PDF of a run shares, prepared once per theme and safe to use from several
 * rendering threads: the chart fonts and the decoded logo. Loading them per report cost more
 * than drawing a report's charts, and serialised parallel rendering on the JDK's font and image
 * locks.
 */
public final class PdfResources implements AutoCloseable {
    private final Map<Theme, ChartFonts> fonts = new IdentityHashMap<>();
    private final Map<Theme, Image> logos = new IdentityHashMap<>();
    private final java.nio.file.Path scratch;

    /** Resources whose font files go to the system temp folder. */
    public PdfResources() {
        this(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param scratch where font files are staged for charts: a run's own scratch folder */
    public PdfResources(java.nio.file.Path scratch) {
        this.scratch = scratch;
    }

    /** The theme's chart fonts, loaded on first use. */
    public synchronized ChartFonts chartFonts(Theme theme) {
        return fonts.computeIfAbsent(theme, t -> ChartFonts.of(t, scratch));
    }

    /**
     * A copy of the theme's decoded logo for one document, or null without a logo.
     *
     * @throws IOException when the logo is not a PNG or JPEG image
     */
    public Image logo(Theme theme) throws IOException {
        if (theme.logo().length == 0) {
            return null;
        }
        Image master;
        synchronized (this) {
            master = logos.get(theme);
            if (master == null) {
                try {
                    master = Image.getInstance(theme.logo());
                } catch (BadElementException e) {
                    throw new IOException("the theme's logo is not a PNG or JPEG image: " + e.getMessage(), e);
                }
                logos.put(theme, master);
            }
        }
        return Image.getInstance(master);
    }

    @Override
    public synchronized void close() {
        fonts.values().forEach(ChartFonts::close);
        fonts.clear();
        logos.clear();
    }
}
