package org.careerbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A templates folder for a test's own template: the shipped theme and logo, nothing else yet. */
public final class ThemedTemplates {
    private ThemedTemplates() {
    }

    /** {@code folder}, created, with the shipped theme and logo; returns it. */
    public static Path in(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.copy(Path.of("templates/theme.yaml"), folder.resolve("theme.yaml"));
        Files.copy(Path.of("templates/logo.png"), folder.resolve("logo.png"));
        return folder;
    }
}
