package org.careerbench.batch;

/**
 * A published deliverable.
 *
 * @param name   file name inside the period folder
 * @param bytes  size
 * @param sha256 lowercase hex SHA-256
 */
public record OutputFile(String name, long bytes, String sha256) {
}
