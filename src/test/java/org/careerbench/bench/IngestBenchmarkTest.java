package org.careerbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ingestion benchmark: what it read, every row kept, and nothing left in the temp folder. */
class IngestBenchmarkTest {
    private static long benchFolders() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("careerbench-bench")).count();
        }
    }

    @Test
    void itReportsRowsBytesThroughputAndKeepsEveryRowButExactRepeats(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        // The same file the benchmark generates (seed 42): its distinct rows are what ingestion keeps.
        Path same = dir.resolve("salaries.csv");
        SyntheticSalaries.write(same, 3_000, 42);
        long distinct = Files.readAllLines(same).stream().skip(1).distinct().count();
        long before = benchFolders();
        StringWriter text = new StringWriter();
        new IngestBenchmark(new PrintWriter(text)).run(Path.of("input"), 3_000, 1);
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("salaries.csv: 3,000 rows, "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("bare Commons CSV parse : median")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(String.format(java.util.Locale.ROOT, "(%,d observations kept)",
                distinct))), distinct + " expected: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("peak heap used: ")), lines.toString());
        assertEquals(before, benchFolders(), "its temporary folder is removed");
    }
}
