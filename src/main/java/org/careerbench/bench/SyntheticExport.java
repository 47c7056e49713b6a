package org.careerbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows in the shape of a real export, for the benchmark's second input path: the export's rows
 * once each, then rows drawn at random (seeded), each salary moved by up to ±10% so that rows seldom repeat

 * exactly, every other field as the export has it. Read through the export's own mapping, they
 * exercise what a user's raw file costs: value maps, derived columns, filters.
 */
public final class SyntheticExport {
    private SyntheticExport() {
    }

    /**
     * Writes {@code rows} rows drawn from {@code export} to {@code target}, with the export's header.
     *
     * @param salaryColumns the columns holding amounts to move, e.g. salary and salary_in_usd
     */
    public static void write(Path export, Path target, long rows, long seed, List<String> salaryColumns)
            throws IOException {
        List<List<String>> source = new ArrayList<>();
        List<String> header;
        try (CSVParser p = CSVParser.builder().setPath(export).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            header = p.getHeaderNames();
            for (CSVRecord r : p) {
                source.add(r.toList());
            }
        }
        int[] amounts = salaryColumns.stream().mapToInt(header::indexOf).filter(i -> i >= 0).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180)) {
            out.printRecord(header);
            List<String> row = new ArrayList<>(header.size());
            for (long i = 0; i < rows; i++) {
                // Every export row once first, so that every value the export has is there; then drawn at random.
                List<String> drawn = source.get(i < source.size() ? (int) i : random.nextInt(source.size()));
                double move = 0.9 + 0.2 * random.nextDouble();
                row.clear();
                row.addAll(drawn);
                for (int a : amounts) {
                    try {
                        row.set(a, Long.toString(Math.round(Double.parseDouble(drawn.get(a)) * move)));
                    } catch (NumberFormatException e) {
                        // A marker or blank stays as the export has it.
                    }
                }
                out.printRecord(row);
            }
        }
    }
}
