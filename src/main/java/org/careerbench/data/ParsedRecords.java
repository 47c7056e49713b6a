package org.careerbench.data;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV records parsed on a second thread, in batches, while the caller validates the previous
 * ones: on two cores ingestion then costs little more than parsing alone. Order is kept; a
 * parse error is rethrown on the caller's thread as it was thrown.
 */
final class ParsedRecords implements AutoCloseable {
    static final int BATCH = 2048;
    private static final Object END = new Object();

    /**
     * A record with its first physical line, its fingerprint, and whether an earlier record of the
     * file had the same fingerprint (found here, on the parsing thread, where it costs least).
     */
    record Parsed(CSVRecord record, long line, long fingerprint, boolean repeat) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread parser;
    private Iterator<Parsed> batch = List.<Parsed>of().iterator();
    private boolean ended;

    ParsedRecords(CSVParser csv) {
        parser = new Thread(() -> parse(csv), "careerbench-csv");
        parser.setDaemon(true);
        parser.start();
    }

    private void parse(CSVParser csv) {
        try {
            RecordScan scan = new RecordScan();
            FingerprintSet seen = new FingerprintSet();
            List<Parsed> current = new ArrayList<>(BATCH);
            for (CSVRecord r : csv) {
                scan.of(Fields.of(r));
                current.add(new Parsed(r, csv.getCurrentLineNumber() - scan.lineBreaks, scan.fingerprint,
                        !seen.add(scan.fingerprint)));
                if (current.size() == BATCH) {
                    queue.put(current);
                    current = new ArrayList<>(BATCH);
                }
            }
            if (!current.isEmpty()) {
                queue.put(current);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next record, or null after the last.
     *
     * @throws UncheckedIOException or another runtime exception, as the parser threw it
     */
    @SuppressWarnings("unchecked")
    Parsed next() {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading a CSV file", e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            batch = ((List<Parsed>) item).iterator();
        }
        return batch.next();
    }

    @Override
    public void close() {
        parser.interrupt();
    }
}
