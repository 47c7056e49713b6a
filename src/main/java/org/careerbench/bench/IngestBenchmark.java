package org.careerbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerbench.data.DataException;
import org.careerbench.data.InputData;
import org.careerbench.data.InputLoader;

/**
 * Times ingestion of a synthetic salaries file against bare Commons CSV parsing of the same
 * file, and reports the peak heap. Runs each several times and quotes the median.
 */
public final class IngestBenchmark {
    private final PrintWriter out;

    public IngestBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * @param sampleInput the folder whose other datasets complete the input (e.g. input/)
     * @param rows        salary rows to generate
     * @param repeats     timed repetitions per measurement
     */
    public void run(Path sampleInput, long rows, int repeats) throws IOException, DataException {
        Path dir = Files.createTempDirectory("careerbench-bench");
        try {
            for (String f : List.of("salary-ranges.csv", "regional-differentials.csv", "market.csv", "skills.csv",
                    "sources.csv")) {
                Files.copy(sampleInput.resolve(f), dir.resolve(f));
            }
            long bytes = SyntheticSalaries.write(dir.resolve("salaries.csv"), rows, 42);
            out.printf(Locale.ROOT, "salaries.csv: %,d rows, %,d bytes (seed 42)%n", rows, bytes);
            List<Long> bare = new ArrayList<>();
            List<Long> ingest = new ArrayList<>();
            long kept = 0;
            for (int i = 0; i < repeats; i++) {
                bare.add(time(() -> bareParse(dir.resolve("salaries.csv"))));
                long t0 = System.nanoTime();
                InputData data = new InputLoader().load(dir);
                ingest.add(System.nanoTime() - t0);
                kept = data.salaries().size();
            }
            double bareMs = median(bare) / 1e6;
            double ingestMs = median(ingest) / 1e6;
            out.printf(Locale.ROOT, "bare Commons CSV parse : median %8.0f ms  %,12.0f rows/s%n", bareMs,
                    rows / (bareMs / 1000));
            out.printf(Locale.ROOT, "ingest (validated)     : median %8.0f ms  %,12.0f rows/s  (%,d observations kept)%n",
                    ingestMs, rows / (ingestMs / 1000), kept);
            out.printf(Locale.ROOT, "ingest / bare throughput: %.0f%%%n", 100 * bareMs / ingestMs);
            out.printf(Locale.ROOT, "peak heap used: %,d MB of max %,d MB%n", peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            sheet(dir, rows, repeats, ingestMs, kept);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    /**
     * The same salaries as one sheet of an .xlsx workbook, read through a mapping: the median
     * time against the CSV ingest's, and the peak heap while reading it.
     */
    private void sheet(Path dir, long rows, int repeats, double csvMs, long csvKept) throws IOException, DataException {
        Path book = dir.resolve("book");
        Files.createDirectories(book);
        try {
            for (String f : List.of("salary-ranges.csv", "regional-differentials.csv", "market.csv", "skills.csv",
                    "sources.csv")) {
                Files.copy(dir.resolve(f), book.resolve(f));
            }
            long bytes = SyntheticWorkbook.write(dir.resolve("salaries.csv"), book.resolve("salaries.xlsx"), "Data");
            Files.writeString(book.resolve("salaries.mapping.yaml"), "file: salaries.xlsx\nsheet: Data\n");
            out.printf(Locale.ROOT, "salaries.xlsx: the same rows in sheet Data, %,d bytes%n", bytes);
            List<Long> times = new ArrayList<>();
            long kept = 0;
            resetPeakHeap();
            for (int i = 0; i < repeats; i++) {
                System.gc();
                long t0 = System.nanoTime();
                InputData data = new InputLoader().load(book);
                times.add(System.nanoTime() - t0);
                kept = data.salaries().size();
            }
            double ms = median(times) / 1e6;
            out.printf(Locale.ROOT, "ingest from .xlsx sheet: median %8.0f ms  %,12.0f rows/s  (%,d observations kept%s)%n",
                    ms, rows / (ms / 1000), kept, kept == csvKept ? ", as from CSV" : ", NOT as from CSV: " + csvKept);
            out.printf(Locale.ROOT, "xlsx / csv ingest time: %.2f×%n", ms / csvMs);
            out.printf(Locale.ROOT, "peak heap used reading the sheet: %,d MB of max %,d MB%n", peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
        } finally {
            try (var files = Files.list(book)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(book);
        }
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long bareParse(Path file) {
        long n = 0;
        try (CSVParser p = CSVParser.builder().setPath(file).setFormat(CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord r : p) {
                n += r.size();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return n;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work w) {
        long t0 = System.nanoTime();
        try {
            w.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t0;
    }

    private static double median(List<Long> values) {
        List<Long> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
