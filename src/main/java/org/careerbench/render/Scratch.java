package org.careerbench.render;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.careerbench.render.xlsx.StreamingTempFiles;

/**
 * A run's scratch folder for the renderers' temporary files — POI's streaming sheet files, the
 * chart fonts — made inside the run's own hidden folder, so that a run stopped by any signal
 * leaves nothing in the system temp folder: what it leaves is inside its run folder, which the
 * next run clears. Closing it deletes the folder and puts POI's default back.
 *
 * <p>POI takes its temp-file strategy process-wide, so one scratch folder is in use at a time:
 * one run renders at a time in a process.
 */
public final class Scratch implements AutoCloseable {
    /** The folder's name inside the run folder; never published (closed before the manifest is written). */
    public static final String NAME = ".scratch";

    private final Path folder;

    private Scratch(Path folder) {
        this.folder = folder;
    }

    /** Makes {@code runFolder/.scratch} and sends POI's temporary files there. */
    public static Scratch in(Path runFolder) throws IOException {
        Path folder = Files.createDirectories(runFolder.resolve(NAME));
        TempFile.setTempFileCreationStrategy(new InFolder(folder));
        return new Scratch(folder);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        TempFile.setTempFileCreationStrategy(new StreamingTempFiles());
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
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
