package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 14's fuzz campaign kept as a property: a valid salaries file mutated thousands of times —
 * bytes deleted, inserted (quotes, delimiters, line breaks, escapes, markers, invalid UTF-8),
 * lines repeated or cut — always ends in a prepared run or a refusal that names a file and line,
 * never in any other exception.
 */
class MutatedSalariesPropertiesTest {
    private static final byte[][] INSERTS = {"\"".getBytes(), ",".getBytes(), "\n".getBytes(), "\r\n".getBytes(),
            "=\"".getBytes(), "#".getBytes(), "N/A".getBytes(), ">=".getBytes(), "1,000".getBytes(), ";".getBytes(),
            "\t".getBytes(), {(byte) 0xC3}, {(byte) 0xFF}, "x".repeat(40_000).getBytes(), "9".getBytes(), "".getBytes()};
    private static Path folder;
    private static byte[] valid;

    private static synchronized Path input() throws Exception {
        if (folder == null) {
            folder = Files.createTempDirectory("mutated-input");
            org.careerbench.SampleInput.copyTo(folder);
            List<String> lines = Files.readAllLines(Path.of("input/salaries.csv"));
            valid = (String.join("\n", lines.subList(0, 80)) + "\n").getBytes();
        }
        return folder;
    }

    /** A mutation: where, what to insert, how much to delete, whether to repeat the line or cut the file there. */
    record Mutation(double at, int insert, int delete, int kind) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, INSERTS.length - 1), Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 9)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] apply(byte[] file, Mutation m) {
        int at = (int) (m.at() * file.length);
        List<Byte> bytes = new ArrayList<>();
        for (byte b : file) {
            bytes.add(b);
        }
        if (m.kind() == 0) {
            return java.util.Arrays.copyOf(file, at);
        }
        if (m.kind() == 1) {
            int start = at;
            while (start > 0 && file[start - 1] != '\n') {
                start--;
            }
            int end = at;
            while (end < file.length && file[end] != '\n') {
                end++;
            }
            byte[] line = java.util.Arrays.copyOfRange(file, start, Math.min(end + 1, file.length));
            for (int i = line.length - 1; i >= 0; i--) {
                bytes.add(start, line[i]);
            }
        } else {
            for (int i = 0; i < m.delete() && at < bytes.size(); i++) {
                bytes.remove(at);
            }
            byte[] insert = INSERTS[m.insert()];
            for (int i = insert.length - 1; i >= 0; i--) {
                bytes.add(Math.min(at, bytes.size()), insert[i]);
            }
        }
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }

    @Property(tries = 1500)
    void aMutatedFileIsPreparedOrRefusedAtAFileAndLine(@ForAll("mutations") List<Mutation> mutations) throws Exception {
        Path in = input();
        byte[] file = valid;
        for (Mutation m : mutations) {
            file = apply(file, m);
        }
        Files.write(in.resolve("salaries.csv"), file);
        RunOptions options = new RunOptions(in, Path.of("templates"), in.resolve("never-written"),
                YearMonth.of(2026, 11), "careerbench validate");
        try {
            new RunJob(RunLog.SILENT).prepare(options);
        } catch (RunFailure f) {
            assertEquals(RunFailure.Kind.BAD_INPUT, f.kind(), f.getMessage());
            assertTrue(f.getMessage().matches("(?s).*\\.(csv|md):\\d+.*"), "a refusal names a file and line: "
                    + f.getMessage());
        }
        assertTrue(Files.notExists(in.resolve("never-written")), "validation writes nothing");
    }
}
