package org.careerbench.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An input file as read: where it was, its content hash, how many rows it had and kept, and
 * what its mapping states about its source. Immutable.
 *
 * @param dataset    the dataset it fed
 * @param path       the CSV file read (the export, when a mapping names it)
 * @param mapping    the mapping file used, if any
 * @param sha256     lowercase hex SHA-256 of the CSV file's bytes
 * @param rowsRead   data records in the file (the header is not counted)
 * @param rowsKept   rows of it in the dataset the reports use: after the mapping's filters and
 *                   (for salaries) the quality policy; with an unpivot, one record gives several
 * @param provenance the source, date and licence its mapping states; unstated without a mapping
 * @param origin     the sheet of a workbook, or the database and query, that was read
 */
public record InputFile(String dataset, Path path, Optional<Path> mapping, String sha256, long rowsRead,
        long rowsKept, SourceMapping.Provenance provenance, Origin origin) {

    /** A CSV file read whole. */
    public InputFile(String dataset, Path path, Optional<Path> mapping, String sha256, long rowsRead, long rowsKept,
            SourceMapping.Provenance provenance) {
        this(dataset, path, mapping, sha256, rowsRead, rowsKept, provenance, Origin.FILE);
    }

    /**
     * What within a source was read, beyond its file. Immutable.
     *
     * @param sheet       the workbook's sheet, for an .xlsx file
     * @param database    the JDBC URL without credentials or parameters, for a query
     * @param querySha256 hex SHA-256 of the query's text
     * @param readAt      when the query ran
     */
    public record Origin(Optional<String> sheet, Optional<String> database, Optional<String> querySha256,
            Optional<java.time.Instant> readAt) {
        /** A file read whole. */
        public static final Origin FILE = new Origin(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** How the source is named to a reader: the file's name, with its sheet; or the database. */
    public String name() {
        if (origin.database().isPresent()) {
            return origin.database().get();
        }
        String file = path.getFileName().toString();
        return origin.sheet().map(s -> file + ", sheet " + s).orElse(file);
    }

    /** The first twelve hex digits of the SHA-256, enough to tell two files apart in a report. */
    public String shortSha256() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
