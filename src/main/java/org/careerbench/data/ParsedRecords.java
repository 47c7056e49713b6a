package org.careerbench.data;

import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV records parsed on a second thread, in batches, while the caller validates the previous
 * ones: on two cores ingestion then costs little more than parsing alone. Order is kept; a
 * parse error is rethrown on the caller's thread as it was thrown.
 */
final class ParsedRecords implements AutoCloseable {
    static final int BATCH = 2048;

    /**
     * A record with its first physical line, its fingerprint, and whether an earlier record of the
     * file had the same fingerprint (found here, on the parsing thread, where it costs least).
     */
    record Parsed(CSVRecord record, long line, long fingerprint, boolean repeat) {
    }

    private final Handoff<Parsed> handoff;

    ParsedRecords(CSVParser csv) {
        handoff = new Handoff<>("careerbench-csv", BATCH, sink -> parse(csv, sink),
                e -> new IllegalStateException(e));
    }

    private static void parse(CSVParser csv, Handoff.Sink<Parsed> sink) throws InterruptedException {
        RecordScan scan = new RecordScan();
        FingerprintSet seen = new FingerprintSet();
        for (CSVRecord r : csv) {
            scan.of(Fields.of(r));
            sink.add(new Parsed(r, csv.getCurrentLineNumber() - scan.lineBreaks, scan.fingerprint,
                    !seen.add(scan.fingerprint)));
        }
    }

    /**
     * The next record, or null after the last.
     *
     * @throws UncheckedIOException or another runtime exception, as the parser threw it
     */
    Parsed next() {
        return handoff.next();
    }

    @Override
    public void close() {
        handoff.close();
    }
}
