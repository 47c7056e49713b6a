package org.careerbench.batch;

/**
 * A published deliverable.
 *
 * @param name   file name inside the period folder
 * @param bytes  size
 * @param sha256 lowercase hex SHA-256
 * @param title  what it is, as its reader sees it (a report's title); empty for a data file
 * @param audience who reads it ({@code analyst}, {@code hr}, {@code employee}, {@code public}); empty for a data file
 * @param suppression the suppression rule its figures were made under; empty for a data file
 * @param language the language it is written in (BCP 47); empty for a data file
 */
public record OutputFile(String name, long bytes, String sha256, String title, String audience, String suppression,
        String language) {
    /** A file no audience is declared for (the figures file, the index). */
    public OutputFile(String name, long bytes, String sha256, String title) {
        this(name, bytes, sha256, title, "", "", "");
    }

    /** A report whose language is not recorded. */
    public OutputFile(String name, long bytes, String sha256, String title, String audience, String suppression) {
        this(name, bytes, sha256, title, audience, suppression, "");
    }
}
