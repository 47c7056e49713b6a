package org.careerbench.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns one report model into one file, natively for its format. One implementation per
 * {@link OutputFormat}; the caller chooses it by {@link Report#format()}.
 */
public interface Renderer {
    /**
     * Writes {@code report} to {@code target}, replacing any file there.
     *
     * @throws IOException when the file cannot be written; what was written is then incomplete and
     *                     the caller discards it
     */
    void render(Report report, Path target) throws IOException;
}
