package org.careerbench.render.xlsx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Temporary files for POI's streaming writer that do not register with {@code deleteOnExit}:
 * during JVM shutdown (SIGTERM) that registration throws, which would abandon a run that could
 * have finished. The renderer deletes its files itself ({@code SXSSFWorkbook.dispose}).
 */
public final class StreamingTempFiles implements TempFileCreationStrategy {
    /** The strategy; install it with {@code TempFile.setTempFileCreationStrategy}. */
    public StreamingTempFiles() {
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(prefix).toFile();
    }
}
