package org.careerbench.data;

import java.nio.file.Path;

/**
 * An input file as read: where it was, its content hash and how many data rows it had.
 *
 * @param sha256 lowercase hex SHA-256 of the file's bytes
 * @param rows   data rows read (the header is not counted)
 */
public record InputFile(String dataset, Path path, String sha256, long rows) {
}
