package org.careerbench.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.careerbench.render.xlsx.StreamingTempFiles;

/**
 * Sends POI's temporary files (the streaming writer's sheet files) into a scratch folder the
 * caller owns — a run's own, inside its hidden run folder — instead of the system temp folder, so
 * a run stopped by any signal leaves nothing behind outside that folder. Closing puts POI's
 * default back; the caller deletes the folder with its run folder.
 *
 * <p>POI takes its temp-file strategy process-wide, so one scratch folder is in use at a time:
 * one run renders at a time in a process.
 */
public final class Scratch implements AutoCloseable {
    /** The folder's name inside a run folder; it never reaches a published run. */
    public static final String NAME = ".scratch";

    private Scratch() {
    }

    /** Sends POI's temporary files into {@code folder}, which must exist, until closed. */
    public static Scratch in(Path folder) {
        TempFile.setTempFileCreationStrategy(new InFolder(folder));
        return new Scratch();
    }

    @Override
    public void close() {
        TempFile.setTempFileCreationStrategy(new StreamingTempFiles());
    }

    /** POI's files in the scratch folder, without deleteOnExit (which throws during shutdown). */
    private record InFolder(Path folder) implements TempFileCreationStrategy {
        @Override
        public File createTempFile(String prefix, String suffix) throws IOException {
            return Files.createTempFile(folder, prefix, suffix).toFile();
        }

        @Override
        public File createTempDirectory(String prefix) throws IOException {
            return Files.createTempDirectory(folder, prefix).toFile();
        }
    }
}
