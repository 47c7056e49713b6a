package org.careerbench.report;

import java.util.Locale;
import java.util.Optional;

/** A deliverable format a template can ask for. */
public enum OutputFormat {
    PDF("pdf"), XLSX("xlsx"), HTML("html");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code pdf}, {@code xlsx} or {@code html}, case-insensitive. */
    public static Optional<OutputFormat> byName(String name) {
        for (OutputFormat f : values()) {
            if (f.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
