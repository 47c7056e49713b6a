package org.careerbench.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
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

    /** Every period recorded as published. */
    public SortedSet<YearMonth> completed() throws IOException {
        SortedSet<YearMonth> periods = new TreeSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    periods.add(YearMonth.parse(line.split("\t", 2)[0].strip()));
                }
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
