package org.careerbench.batch;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What one run reads, where it publishes and for which period. Immutable.
 *
 * @param input       folder of input CSVs
 * @param templates   folder of templates and theme
 * @param outputRoot  folder under which {@code <period>/} is published
 * @param period      reporting period
 * @param commandLine the command line, recorded in the manifest
 * @param encoding    charset of input files whose mapping names none
 * @param created     creation time written into the deliverables (SOURCE_DATE_EPOCH makes it reproducible)
 * @param shard       the slice of the reports this run renders
 * @param threads     reports rendered at once
 * @param strict      whether any data warning refuses the run (exit 2, nothing written)
 * @param allowFuture whether a period more than a month after the current one is meant (else refused)
 */
public record RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine,
        Charset encoding, java.time.Instant created, Shard shard, int threads, boolean strict, boolean allowFuture) {
    public RunOptions {
        Objects.requireNonNull(shard, "shard");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(outputRoot, "outputRoot");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(commandLine, "commandLine");
    }

    /** Options that publish despite data warnings (they are listed in the manifest and the log). */
    public RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine,
            Charset encoding, java.time.Instant created, Shard shard, int threads) {
        this(input, templates, outputRoot, period, commandLine, encoding, created, shard, threads, false, false);
    }

    /** These options, refusing the run on any data warning when {@code on}. */
    public RunOptions withStrict(boolean on) {
        return new RunOptions(input, templates, outputRoot, period, commandLine, encoding, created, shard, threads, on, allowFuture);
    }

    /** These options, accepting a period more than a month ahead when {@code on}. */
    public RunOptions withAllowFuture(boolean on) {
        return new RunOptions(input, templates, outputRoot, period, commandLine, encoding, created, shard, threads,
                strict, on);
    }

    /** Options with UTF-8 input. */
    public RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine) {
        this(input, templates, outputRoot, period, commandLine, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Options created now, by the system clock. */
    public RunOptions(Path input, Path templates, Path outputRoot, YearMonth period, String commandLine,
            Charset encoding) {
        this(input, templates, outputRoot, period, commandLine, encoding, createdTime(java.time.Clock.systemUTC()),
                Shard.ALL, Runtime.getRuntime().availableProcessors());
    }

    /** These options for one shard of the run. */
    public RunOptions withShard(Shard s) {
        return new RunOptions(input, templates, outputRoot, period, commandLine, encoding, created, s, threads, strict, allowFuture);
    }

    /** These options rendering {@code n} reports at once. */
    public RunOptions withThreads(int n) {
        return new RunOptions(input, templates, outputRoot, period, commandLine, encoding, created, shard, n, strict, allowFuture);
    }

    /**
     * Now, or the time {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds
     * convention) gives, so that repeated runs can write identical bytes.
     */
    public static java.time.Instant createdTime(java.time.Clock clock) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        return clock.instant();
    }

    /** The published folder of this run: {@code output/2026-11}, or {@code output/2026-11.shard-2-of-3}. */
    public Path periodFolder() {
        return outputRoot.resolve(shard.whole() ? period.toString()
                : period + ".shard-" + shard.index() + "-of-" + shard.count());
    }
}
