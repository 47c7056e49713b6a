package org.careerbench.report.build;

import java.util.List;

/**
 * How an observations table sorted by cells names them: a "Cell" column holding each row's key,
 * which live statistics and the checks table look rows up by, beside the aged salary they read.
 */
final class ObservationCells {
    /** The column the statistics read. */
    static final String VALUE_COLUMN = "Aged base salary";
    /** The column holding each row's cell key. */
    static final String KEY_COLUMN = "Cell";

    private ObservationCells() {
    }

    /** The key of a cell: its values joined with " | ". */
    static String key(List<String> values) {
        return String.join(" | ", values);
    }
}
