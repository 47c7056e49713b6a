package org.careerbench.data;

import java.nio.file.Path;

/**
 * An input file as read: where it was, its content hash and how many rows it had.
 *
 * @param dataset the dataset it fed
 * @param path    the CSV file read
 * @param mapping the mapping file used, or null when the CSV was read as it is
 * @param sha256  lowercase hex SHA-256 of the CSV file's bytes
 * @param rows    data rows that passed validation (before quality rules; the header is not counted)
 */
public record InputFile(String dataset, Path path, Path mapping, String sha256, long rows) {
}
