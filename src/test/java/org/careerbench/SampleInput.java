package org.careerbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shipped sample input, copied for a test to change. */
public final class SampleInput {
    private SampleInput() {
    }

    /** Copies every CSV of {@code input/} into {@code folder} (created if needed); returns it. */
    public static Path copyTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }
}
