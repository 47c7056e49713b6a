package org.careerbench.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The periods published into an output folder, one line each in {@code output/.ledger}:
 * {@code 2026-11<TAB>2026-11-01T06:00:04Z}. Appended after each successful publish; read by
 * the scheduler to know what is done and what was missed.
 */
public final class Ledger {
    static final String FILE = ".ledger";
    private final Path file;

    public Ledger(Path outputRoot) {
        this.file = outputRoot.resolve(FILE);
    }

    /**
     * Every period recorded as published.
     *
     * @throws IOException naming the ledger (and its line) when it cannot be read or a line is not
     *                     {@code YYYY-MM<TAB>time}
     */
    public SortedSet<YearMonth> completed() throws IOException {
        SortedSet<YearMonth> periods = new TreeSet<>();
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return periods;
        }
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the ledger " + file + " is not a file; expected the file of published periods "
                    + "this tool keeps (move it away to start a new one)");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                periods.add(YearMonth.parse(line.split("\t", 2)[0].strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IOException(file + ":" + (i + 1) + ": found a line that does not start with a period; "
                        + "expected YYYY-MM, a tab and a time");
            }
        }
        return periods;
    }

    /**
     * Records that {@code period}'s published folder was removed at {@code when} to keep only the
     * newest periods: {@code 2026-08<TAB>2026-11-01T06:00:05Z<TAB>removed}. The period still counts as
     * published (a scheduler must not run it again).
     */
    public void removed(YearMonth period, Instant when) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, period + "\t" + when + "\tremoved\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Records that {@code period} was published at {@code when}. */
    public void record(YearMonth period, Instant when) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, period + "\t" + when + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
