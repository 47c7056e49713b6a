package org.careerbench.report.assembly;

import java.util.List;

/**
 * How an observations table sorted by cells names them: a "Cell" column holding each row's key,
 * which live statistics and the checks table look rows up by, beside the aged salary they read.
 */
final class ObservationCells {
    private ObservationCells() {
    }

    /**
     * The keys among {@code keys} that equal another one but for case. A spreadsheet compares text
     * without regard to case, so a live formula could not tell those cells apart: they are written
     * as values instead.
     */
    static java.util.Set<String> caseTwins(java.util.Collection<String> keys) {
        java.util.Map<String, java.util.Set<String>> byLower = new java.util.HashMap<>();
        keys.forEach(k -> byLower.computeIfAbsent(k.toLowerCase(java.util.Locale.ROOT), x -> new java.util.HashSet<>())
                .add(k));
        java.util.Set<String> twins = new java.util.HashSet<>();
        byLower.values().stream().filter(v -> v.size() > 1).forEach(twins::addAll);
        return twins;
    }

    /** The key of a cell: its values joined with " | ". */
    static String key(List<String> values) {
        return String.join(" | ", values);
    }
}
