package org.careerbench.render;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.util.TempFile;
import org.careerbench.render.xlsx.StreamingTempFiles;
import org.jfree.chart.text.TextUtils;

/**
 * The process-wide settings of the libraries the renderers use, applied once when a process
 * starts (the command line's {@code Main}, the benchmark, the test launcher) — never from a
 * static initialiser that runs whenever a class happens to load first.
 */
public final class LibrarySettings {
    private static final AtomicBoolean APPLIED = new AtomicBoolean();

    private LibrarySettings() {
    }

    /** Applies the settings; later calls do nothing. */
    public static void apply() {
        if (!APPLIED.compareAndSet(false, true)) {
            return;
        }
        System.setProperty("java.awt.headless", "true");
        // Without this JFreeChart draws rotated axis labels as outlines, not as searchable text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        // ImageIO's file cache registers a shutdown hook on first use, which fails while the JVM shuts
        // down (a scheduled run finishing after SIGTERM); a logo is small enough to read in memory.
        javax.imageio.ImageIO.setUseCache(false);
        // POI's streaming writer registers its temporary files with deleteOnExit by default, which
        // throws during shutdown; these are deleted by the renderer itself.
        TempFile.setTempFileCreationStrategy(new StreamingTempFiles());
    }
}
