package org.careerbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.careerbench.batch.OutputFile;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunLock;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.RunResult;
import org.careerbench.batch.Shard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code careerbench run}: one run for one period. A run that fails (bad input, a deliverable
 * that cannot be written) is put into words by the command line's one failure handler.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Reads the input data and templates, and publishes every deliverable and a manifest into "
                + "OUTPUT/<period>/. Nothing is written when the input or a template is invalid. A period already "
                + "published is skipped unless --force.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  careerbench run", "  careerbench run --period 2026-10 --input input --output output --force"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    LogOptions logging;

    @Mixin
    OutputOptions where;

    @Option(names = "--period", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "reporting period (default: the current month in --zone)")
    YearMonth period;

    @Option(names = "--force", description = "publish again even if the period is already published")
    boolean force;

    @Option(names = "--strict", description = "refuse to publish (exit 2, nothing written) when the run has any "
            + "data warning: an empty population, a table or chart with every figure withheld, a data-quality note")
    boolean strict;

    @Option(names = "--allow-future", description = "accept a period more than a month after the current one "
            + "(refused otherwise: salaries would be aged to it as if it were real)")
    boolean allowFuture;

    @Option(names = "--shard", paramLabel = "K/N", description = "render only shard K of N (reports i with "
            + "i mod N = K-1), into OUTPUT/<period>.shard-K-of-N/; for spreading a run over machines")
    String shard;

    @Option(names = "--threads", paramLabel = "N", description = "reports rendered at once (default: the number "
            + "of processors)")
    Integer threads;

    @Option(names = "--keep", paramLabel = "N", description = "after publishing, keep only the N newest published "
            + "periods: older ones are removed and the ledger records it; never the period just published")
    Integer keep;

    private final Clock clock;

    RunCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws RunFailure, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth p = period != null ? period : YearMonth.now(clock.withZone(where.zone));
        String commandLine = "careerbench " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        ConsoleLog log = logging.log(out, clock);
        if (keep != null && keep < 1) {
            err.println("careerbench run: --keep " + keep + " keeps nothing; expected 1 or more (the newest periods "
                    + "to keep)");
            return ExitCodes.BAD_INPUT;
        }
        RunOptions options = new RunOptions(inputs.input, inputs.templates, where.output, p, commandLine,
                inputs.encoding, RunOptions.createdTime(clock), Shard.ALL, Runtime.getRuntime().availableProcessors());
        options = options.withStrict(strict).withAllowFuture(allowFuture);
        try {
            // Only the values typed on the command line: an IllegalArgumentException from deeper is a bug.
            if (shard != null) {
                options = options.withShard(Shard.parse(shard));
            }
            if (threads != null) {
                options = options.withThreads(threads);
            }
        } catch (IllegalArgumentException e) {
            err.println("careerbench run: " + e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        // A stop (SIGTERM, Ctrl-C) interrupts the run where it waits: it removes its own run folder and
        // releases the lock before the process ends, instead of leaving them for the next run.
        try (CleanStop stop = new CleanStop(java.time.Duration.ofSeconds(30))) {
            PeriodPublisher.Outcome outcome = new PeriodPublisher(log, clock).publish(options, force,
                    keep == null ? 0 : keep);
            if (outcome.status() == PeriodPublisher.Status.PUBLISHED) {
                print(out, outcome.result(), p);
            }
            int code = ExitCodes.OK;
            if (outcome.delivery().isPresent()) {
                code = DeliverCommand.report(out, err, "careerbench run", outcome.delivery().get(), p, logging.quiet);
            }
            if (!outcome.afterward().isEmpty()) {
                err.println("careerbench run: published " + p + ", with a problem after publishing:");
                outcome.afterward().forEach(a -> err.println("  - " + a));
                err.flush();
                return ExitCodes.PUBLISHED_WITH_PROBLEM;
            }
            return code;
        } catch (RunLock.Locked e) {
            err.println("careerbench run: " + e.getMessage());
            err.flush();
            return ExitCodes.LOCKED;
        }
    }

    private void print(PrintWriter out, RunResult result, YearMonth p) {
        if (logging.quiet) {
            return;
        }
        out.println("Published " + result.folder() + "/ for " + p + " in " + result.millis() + " ms:");
        // Names padded to the longest, so that every size stands in one column.
        int width = result.outputs().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        String line = "  %-" + Math.max(width, "manifest.json".length()) + "s %,10d bytes%n";
        for (OutputFile f : result.outputs()) {
            out.printf(Locale.ROOT, line, f.name(), f.bytes());
        }
        out.println("  manifest.json");
        if (result.warnings().isEmpty()) {
            out.println("No data warnings.");
        } else {
            out.println("Data warnings (" + result.warnings().size() + "):");
            result.warnings().forEach(w -> out.println("  - " + w));
        }
        out.flush();
    }
}
