package org.careerbench.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * One published file as delivery sees it. Immutable.
 *
 * @param file       the file, inside its published period folder
 * @param sha256     its SHA-256 as the manifest lists it: what the delivery log records as sent
 * @param title      the report's title
 * @param keyFigures the report's key figures as the report shows them, in its order
 */
public record Deliverable(Path file, String sha256, String title, List<KeyFigureText> keyFigures) {

    public Deliverable {
        keyFigures = List.copyOf(keyFigures);
    }

    /** The file's name, e.g. {@code career-report.pdf}. */
    public String name() {
        return file.getFileName().toString();
    }

    /**
     * A key figure as shown: "Median base salary, Senior, US" and "$195,371".
     */
    public record KeyFigureText(String label, String shown) {
    }
}
