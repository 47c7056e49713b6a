package org.careerbench.data;

/**
 * What reading one source gave.
 *
 * @param records data records in the source (after its header)
 * @param rows    rows passed on (with an unpivot, several a record; without the rows the mapping's filters
 *                leave out)
 */
record Counts(long records, long rows) {
}
