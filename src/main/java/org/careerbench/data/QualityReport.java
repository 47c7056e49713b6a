package org.careerbench.data;

import java.util.List;

/**
 * What ingestion did to the rows of every dataset: counts by reason, and notes such as a
 * detected delimiter. Immutable.
 *
 * @param entries counts, in the order first seen
 * @param notes   facts about the files, e.g. "salaries.csv: delimiter ';' detected"
 */
public record QualityReport(List<Entry> entries, List<String> notes) {
    public QualityReport {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    /** Rows of one dataset affected for one reason. */
    public record Entry(String dataset, QualityReason reason, long rows) {
    }

    /** Rows dropped from {@code dataset} for any reason. */
    public long dropped(String dataset) {
        return entries.stream().filter(e -> e.dataset().equals(dataset))
                .filter(e -> e.reason().action() == QualityReason.Action.DROPPED).mapToLong(Entry::rows).sum();
    }

    /** Rows of {@code dataset} counted for {@code reason}, 0 when none. */
    public long count(String dataset, QualityReason reason) {
        return entries.stream().filter(e -> e.dataset().equals(dataset) && e.reason() == reason)
                .mapToLong(Entry::rows).sum();
    }
}
