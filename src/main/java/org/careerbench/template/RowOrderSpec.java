package org.careerbench.template;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A block's {@code sort} and {@code top}. Immutable.
 *
 * @param sort the column header to order rows by, if any (checked against the table's headers
 *             when the table is built)
 * @param top  how many of the first rows to keep, if limited
 */
public record RowOrderSpec(Optional<Sort> sort, OptionalInt top) {
    /** Rows as they come. */
    public static final RowOrderSpec NONE = new RowOrderSpec(Optional.empty(), OptionalInt.empty());

    /**
     * @param column     a column header as written, e.g. {@code p50}
     * @param descending largest first
     * @param line       the line of {@code sort:}
     */
    public record Sort(String column, boolean descending, int line) {
    }
}
