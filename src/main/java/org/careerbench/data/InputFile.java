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
 */
public record InputFile(String dataset, Path path, Optional<Path> mapping, String sha256, long rowsRead,
        long rowsKept, SourceMapping.Provenance provenance) {

    /** The first twelve hex digits of the SHA-256, enough to tell two files apart in a report. */
    public String shortSha256() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
