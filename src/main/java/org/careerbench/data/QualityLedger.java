package org.careerbench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts ingestion outcomes while files are read; not thread-safe, one per load. */
final class QualityLedger {
    private final Map<String, Map<QualityReason, long[]>> counts = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    void count(String dataset, QualityReason reason) {
        counts.computeIfAbsent(dataset, d -> new LinkedHashMap<>()).computeIfAbsent(reason, r -> new long[1])[0]++;
    }

    void note(String note) {
        notes.add(note);
    }

    QualityReport report() {
        List<QualityReport.Entry> entries = new ArrayList<>();
        counts.forEach((dataset, reasons) -> reasons.forEach((reason, n) ->
                entries.add(new QualityReport.Entry(dataset, reason, n[0]))));
        return new QualityReport(entries, notes);
    }
}
