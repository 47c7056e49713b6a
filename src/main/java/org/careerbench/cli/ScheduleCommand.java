package org.careerbench.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careerbench.batch.Ledger;
import org.careerbench.batch.PeriodPublisher;
import org.careerbench.batch.RunOptions;
import org.careerbench.batch.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code careerbench schedule}: stays running and publishes each period when the cron expression fires. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stays running and publishes the period of each firing of CRON (five UNIX fields, in --zone). "
                + "On start, catches up firings missed since the last period in OUTPUT/.ledger. SIGTERM or Ctrl-C "
                + "lets a run in progress finish, then stops.", ""},
        footerHeading = "%nExample:%n",
        footer = {"  careerbench schedule --cron \"0 6 1 * *\" --zone Europe/Berlin"})
final class ScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    LogOptions logging;

    @Mixin
    OutputOptions where;

    @Option(names = "--cron", required = true, paramLabel = "CRON",
            description = "when to run, e.g. \"0 6 1 * *\" (06:00 on the first of each month)")
    String cron;

    @Option(names = "--catch-up", paramLabel = "MODE", defaultValue = "all",
            description = "missed firings to run on start: all (since the ledger's last period), latest or none "
                    + "(default: ${DEFAULT-VALUE})")
    String catchUp;

    @Option(names = "--keep", paramLabel = "N", description = "after each publish, keep only the N newest published "
            + "periods (as run --keep)")
    Integer keep;

    private final Clock clock;

    ScheduleCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (keep != null && keep < 1) {
            err.println("careerbench schedule: --keep " + keep + " keeps nothing; expected 1 or more (the newest "
                    + "periods to keep)");
            return ExitCodes.BAD_INPUT;
        }
        Scheduler.CatchUp mode;
        try {
            mode = Scheduler.CatchUp.valueOf(catchUp.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("careerbench schedule: --catch-up '" + catchUp + "', expected all, latest or none");
            return ExitCodes.BAD_INPUT;
        }
        ConsoleLog log = logging.log(spec.commandLine().getOut(), clock);
        AtomicBoolean stop = new AtomicBoolean();
        // The exit code of the scheduler's own end; a stop by signal ends with it too.
        java.util.concurrent.atomic.AtomicInteger exit = new java.util.concurrent.atomic.AtomicInteger(ExitCodes.OK);
        AtomicBoolean ended = new AtomicBoolean();
        CountDownLatch wake = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Scheduler scheduler;
        try {
            scheduler = new Scheduler(cron, where.zone, clock, when -> {
                long millis = when.toEpochMilli() - clock.millis();
                return millis <= 0 || !wake.await(millis, TimeUnit.MILLISECONDS);
            }, new Ledger(where.output), mode, log);
        } catch (IllegalArgumentException e) {
            err.println("careerbench schedule: --cron '" + cron + "' is not a five-field UNIX cron expression: "
                    + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        // Registered once the command line is known good: a refused one exits at once, with no hook waiting
        // for a run that never starts.
        Thread hook = new Thread(() -> {
            if (ended.get()) {
                // The scheduler ended by itself (an error, say) and the process is exiting with its code.
                return;
            }
            log.info("stop requested: finishing the run in progress, if any");
            stop.set(true);
            wake.countDown();
            try {
                finished.await(30, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // A stop asked for and done cleanly is a success: without this the JVM reports the signal (143).
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            Runtime.getRuntime().halt(exit.get());
        }, "careerbench-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            PeriodPublisher publisher = new PeriodPublisher(log, clock);
            scheduler.run((YearMonth period) -> publisher.publish(new RunOptions(inputs.input, inputs.templates, where.output,
                    period, "careerbench schedule --cron " + cron + " (" + period + ")", inputs.encoding,
                    RunOptions.createdTime(clock), org.careerbench.batch.Shard.ALL,
                    Runtime.getRuntime().availableProcessors()), false, keep == null ? 0 : keep),
                    stop::get);
            log.info("scheduler stopped");
            return ExitCodes.OK;
        } catch (Exception | Error e) {
            // Whatever stopped the scheduler, a supervisor must see a failure, not a clean stop.
            exit.set(ExitCodes.RENDERING_FAILED);
            ended.set(!stop.get());
            throw e;
        } finally {
            ended.compareAndSet(false, !stop.get());
            finished.countDown();
        }
    }
}
