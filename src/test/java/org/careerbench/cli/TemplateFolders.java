package org.careerbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Template and input folders for tests, built from the shipped ones. */
final class TemplateFolders {
    private TemplateFolders() {
    }

    /** An empty templates folder with the shipped theme and logo. */
    static Path themed(Path dir) throws Exception {
        Path t = Files.createDirectories(dir);
        Files.copy(Path.of("templates/theme.yaml"), t.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), t.resolve("logo.png"));
        return t;
    }

    /** A copy of the shipped templates folder. */
    static Path shipped(Path dir) throws Exception {
        Path t = Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path f : files.toList()) {
                Files.copy(f, t.resolve(f.getFileName()));
            }
        }
        return t;
    }

    /** A copy of the shipped sample input (its CSV files). */
    static Path sampleInput(Path dir) throws Exception {
        Path in = Files.createDirectories(dir);
        org.careerbench.SampleInput.copyTo(in);
        return in;
    }
}
