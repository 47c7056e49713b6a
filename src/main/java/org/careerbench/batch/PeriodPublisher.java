package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careerbench.delivery.DeliveryReport;
import org.careerbench.delivery.DeliverySettings;

/**
 * Publishes a period: the operational whole around a run. It takes the output folder's lock,
 * clears what killed runs left behind, skips a period already published unless forced, runs and
 * writes it ({@link RunJob}), records it in the ledger, delivers it, and keeps the newest
 * periods. This is the one meaning of "publish" in the code: {@link RunJob#write} renders and
 * switches the period folder, and {@link PeriodFolder#switchTo} is the switch itself.
 */
public final class PeriodPublisher {
    private final RunLog log;
    private final Clock clock;
    private final PeriodDelivery delivery;

    /** A publisher whose delivery reads the server's login from the process environment. */
    public PeriodPublisher(RunLog log, Clock clock) {
        this(log, clock, System::getenv);
    }

    /**
     * @param environment reads the environment variables the delivery settings name
     */
    public PeriodPublisher(RunLog log, Clock clock, UnaryOperator<String> environment) {
        this.log = log;
        this.clock = clock;
        this.delivery = new PeriodDelivery(log, clock, environment);
    }

    /** What happened to a period. */
    public enum Status {
        PUBLISHED, SKIPPED
    }

    /**
     * @param result    the run, or null when skipped
     * @param delivery  what delivery did after publishing, when the templates configure it
     * @param afterward what failed after the period was published (the ledger, removing old periods):
     *                  the period stays published and delivered; each is a sentence
     */
    public record Outcome(Status status, RunResult result, Optional<DeliveryReport> delivery, List<String> afterward) {
        public Outcome {
            afterward = List.copyOf(afterward);
        }
    }

    /**
     * Publishes {@code options.period()}.
     *
     * @param force publish again even when the period is already published
     * @throws RunLock.Locked when another run holds the output folder
     * @throws RunFailure     when the run fails (nothing published)
     */
    public Outcome publish(RunOptions options, boolean force) throws RunLock.Locked, RunFailure, IOException {
        return publish(options, force, 0);
    }

    /**
     * Publishes {@code options.period()}, then keeps only the {@code keep} newest published periods
     * (0 keeps all): older ones are removed and the removal recorded in the ledger; the period just
     * published is never removed.
     *
     * @throws RunLock.Locked when another run holds the output folder
     * @throws RunFailure     when the run fails (nothing published, nothing removed)
     */
    public Outcome publish(RunOptions options, boolean force, int keep) throws RunLock.Locked, RunFailure,
            IOException {
        OutputFolder.check(options.outputRoot(), expectedBytes(options));
        OutputFolder.checkPeriod(options.periodFolder());
        if (!force && published(options)) {
            // A run that skips still clears what killed runs left, when no other run is at work.
            try (RunLock lock = RunLock.acquire(options.outputRoot(), options.commandLine(), clock.instant())) {
                clearLeftovers(options.outputRoot());
            } catch (RunLock.Locked busy) {
                log.debug("another run holds the lock; leftovers are left to it");
            }
            return skipped(options);
        }
        try {
            return prepareAndPublish(options, force, keep);
        } catch (RunFailure f) {
            if (options.shard().whole()) {
                delivery.noticeOfFailure(options.templates(), options.period(), options.commandLine(), f.getMessage());
            }
            throw f;
        } catch (IOException e) {
            if (options.shard().whole()) {
                delivery.noticeOfFailure(options.templates(), options.period(), options.commandLine(),
                        "could not write into " + options.outputRoot() + ": " + IoWords.of(e));
            }
            throw e;
        }
    }

    private Outcome prepareAndPublish(RunOptions options, boolean force, int keep) throws RunLock.Locked,
            RunFailure, IOException {
        // Validate before taking the lock: bad input writes nothing at all, not even a lock file.
        RunJob job = new RunJob(log, clock);
        RunJob.Prepared prepared = job.prepare(options);
        RunResult result;
        List<String> afterward = new java.util.ArrayList<>();
        try (RunLock lock = RunLock.acquire(options.outputRoot(), options.commandLine(), clock.instant())) {
            if (!lock.takenOver().isEmpty()) {
                log.warn("took over a stale lock left by a run that is no longer running (" + lock.takenOver() + ")");
            }
            clearLeftovers(options.outputRoot());
            repairLedger(options.outputRoot());
            if (!force && published(options)) {
                return skipped(options);
            }
            result = job.write(prepared);
            // From here the period is published: whatever fails is reported with it, never as "failed".
            if (options.shard().whole()) {
                // A shard is part of a period; the ledger records whole periods only. First, so that a
                // failure below never leaves a published period the scheduler would run again.
                try {
                    new Ledger(options.outputRoot()).record(options.period(), clock.instant());
                } catch (IOException e) {
                    afterward.add("the ledger could not record " + options.period() + " (" + IoWords.of(e) + "); the "
                            + "next run records it");
                }
                if (keep > 0) {
                    try {
                        keepNewest(options.outputRoot(), options.period(), keep);
                    } catch (IOException e) {
                        afterward.add("older periods could not be removed (--keep " + keep + "): " + IoWords.of(e)
                                + "; the next run tries again");
                    }
                }
            }
        }
        afterward.forEach(a -> log.warn("published, with a problem: " + a));
        Optional<DeliveryReport> delivered = Optional.empty();
        if (options.shard().whole() && prepared.delivery().isPresent()) {
            // Delivery waits on a mail server: never while holding the output folder's lock.
            delivered = Optional.of(deliver(prepared.delivery().get(), options));
        }
        return new Outcome(Status.PUBLISHED, result, delivered, afterward);
    }

    /** Removes every published period but the {@code keep} newest and {@code published}; only while holding the lock. */
    private void keepNewest(Path outputRoot, YearMonth published, int keep) throws IOException {
        int kept = 0;
        Ledger ledger = new Ledger(outputRoot);
        for (var e : PeriodFolder.published(outputRoot, ManifestFile.NAME).descendingMap().entrySet()) {
            if (kept++ < keep || e.getKey().equals(published)) {
                continue;
            }
            Path target = e.getValue();
            Optional<Path> run = PeriodFolder.current(target);
            if (run.isPresent()) {
                Files.delete(target);
                PeriodFolder.deleteTree(run.get());
            } else {
                PeriodFolder.deleteTree(target);
            }
            ledger.removed(e.getKey(), clock.instant());
            log.info("Removed " + target + ": only the " + keep + " newest periods are kept (--keep " + keep + ")");
        }
    }

    /** What a run writes, estimated: a few MB of deliverables and the input's size again for the observations sheet. */
    private static long expectedBytes(RunOptions options) {
        long input = 0;
        try (Stream<Path> files = Files.list(options.input())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                input += Files.size(f);
            }
        } catch (IOException | RuntimeException e) {
            // The input is checked, in words, when it is read.
        }
        return (8L << 20) + input;
    }

    private static boolean published(RunOptions options) {
        return Files.isRegularFile(ManifestFile.of(options.periodFolder()));
    }

    private Outcome skipped(RunOptions options) {
        log.info("Period " + options.period() + " is already published in " + options.periodFolder()
                + "; skipped (use --force to publish it again)");
        return new Outcome(Status.SKIPPED, null, Optional.empty(), List.of());
    }

    /** Delivery after publishing: whatever it meets, the period stays published. */
    private DeliveryReport deliver(DeliverySettings settings, RunOptions options) {
        try {
            return delivery.deliver(settings, options.outputRoot(), options.period());
        } catch (IOException e) {
            String why = "the delivery log of " + options.periodFolder() + " could not be written (" + IoWords.of(e)
                    + ")";
            log.warn("not delivered: " + why);
            return new DeliveryReport(List.of(), 0, List.of(why), List.of());
        }
    }

    /**
     * Records in the ledger every published period it lacks — a run whose ledger entry could not be
     * written after publishing — so the scheduler never publishes such a period again.
     */
    private void repairLedger(Path outputRoot) {
        try {
            Ledger ledger = new Ledger(outputRoot);
            java.util.SortedSet<YearMonth> done = ledger.completed();
            for (YearMonth p : PeriodFolder.published(outputRoot, ManifestFile.NAME).keySet()) {
                if (!done.contains(p)) {
                    ledger.record(p, clock.instant());
                    log.warn("the ledger lacked " + p + ", published by an earlier run; recorded now");
                }
            }
        } catch (IOException e) {
            log.warn("the ledger could not be repaired: " + IoWords.of(e));
        }
    }

    /** Removes staging and set-aside folders of killed runs; only safe while holding the lock. */
    private void clearLeftovers(Path outputRoot) throws IOException {
        Set<Path> live = new HashSet<>();
        try (Stream<Path> entries = Files.list(outputRoot)) {
            for (Path p : entries.toList()) {
                if (!p.getFileName().toString().startsWith(".")) {
                    PeriodFolder.current(p).ifPresent(live::add);
                }
            }
        }
        try (Stream<Path> entries = Files.list(outputRoot)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.contains(".link-") && Files.isSymbolicLink(p)) {
                    Files.delete(p);
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && name.startsWith(".")
                        && name.contains(".run-legacy-")) {
                    Path target = p.resolveSibling(name.substring(1, name.indexOf(".run-legacy-")));
                    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        log.warn("restoring " + target + " from " + p + ", set aside by a run that was stopped");
                        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                        continue;
                    }
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && name.startsWith(".")
                        && name.contains(".run-") && !live.contains(p.normalize())) {
                    log.warn("removing " + p + ", left by a run that was stopped or replaced");
                    PeriodFolder.deleteTree(p);
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && name.startsWith(".") && (name.contains(".staging-")
                        || name.contains(".previous-"))) {
                    log.warn("removing " + p + ", left by a run that was stopped");
                    if (name.contains(".previous-")) {
                        restoreIfMissing(p);
                    }
                    PeriodFolder.deleteTree(p);
                }
            }
        }
    }

    /** A set-aside previous run whose replacement never arrived is put back, not deleted. */
    private void restoreIfMissing(Path previous) throws IOException {
        String name = previous.getFileName().toString();
        Path target = previous.resolveSibling(name.substring(1, name.indexOf(".previous-")));
        if (!Files.exists(target)) {
            log.warn("restoring " + target + " from " + previous);
            Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
