package org.careerbench.batch;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.BooleanSupplier;

/**
 * Runs CareerBench on a cron schedule: each firing publishes the period of the month it fires
 * in (in the configured zone). On start it catches up firings missed while it was not running,
 * going back to the last period in the ledger. Stops between runs when asked; a run in progress
 * is finished first, so nothing is left half-published.
 */
public final class Scheduler {
    /** Firings looked back at most when catching up. */
    static final int MAX_CATCH_UP = 12;

    /** What to do about firings missed while the scheduler was not running. */
    public enum CatchUp {
        /** Every missed firing since the ledger's last period (the most recent one when the ledger is empty). */
        ALL,
        /** Only the most recent missed firing. */
        LATEST,
        /** None: wait for the next firing. */
        NONE
    }

    /** Waits until an instant; returns false when asked to stop meanwhile. */
    public interface Sleeper {
        boolean sleepUntil(Instant when) throws InterruptedException;
    }

    /** Publishes one period; the scheduler does not care how. */
    public interface Publish {
        void period(YearMonth period) throws Exception;
    }

    private final ExecutionTime execution;
    private final ZoneId zone;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Ledger ledger;
    private final CatchUp catchUp;
    private final RunLog log;

    /**
     * @param cron a five-field UNIX cron expression, e.g. {@code 0 6 1 * *}
     * @throws IllegalArgumentException when the expression is not valid
     */
    public Scheduler(String cron, ZoneId zone, Clock clock, Sleeper sleeper, Ledger ledger, CatchUp catchUp,
            RunLog log) {
        Cron parsed = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX)).parse(cron);
        parsed.validate();
        this.execution = ExecutionTime.forCron(parsed);
        this.zone = zone;
        this.clock = clock;
        this.sleeper = sleeper;
        this.ledger = ledger;
        this.catchUp = catchUp;
        this.log = log;
    }

    /** Catches up, then publishes at each firing until {@code stop} says so or the sleeper is stopped. */
    public void run(Publish publish, BooleanSupplier stop) throws InterruptedException, IOException {
        for (YearMonth missed : missed()) {
            if (stop.getAsBoolean()) {
                return;
            }
            log.info("catching up missed period " + missed);
            attempt(publish, missed);
        }
        while (!stop.getAsBoolean()) {
            Optional<ZonedDateTime> next = execution.nextExecution(now());
            if (next.isEmpty()) {
                log.warn("the schedule has no further firing; stopping");
                return;
            }
            log.info("next run at " + next.get() + " for period " + YearMonth.from(next.get()));
            if (!sleeper.sleepUntil(next.get().toInstant()) || stop.getAsBoolean()) {
                return;
            }
            attempt(publish, YearMonth.from(next.get()));
        }
    }

    /** The periods of firings missed since the ledger's last period, oldest first. */
    List<YearMonth> missed() throws IOException {
        if (catchUp == CatchUp.NONE) {
            return List.of();
        }
        SortedSet<YearMonth> done = ledger.completed();
        List<YearMonth> missed = new ArrayList<>();
        ZonedDateTime at = now();
        for (int i = 0; i < MAX_CATCH_UP; i++) {
            Optional<ZonedDateTime> last = execution.lastExecution(at);
            if (last.isEmpty()) {
                break;
            }
            YearMonth period = YearMonth.from(last.get());
            if (done.contains(period) || !done.isEmpty() && period.isBefore(done.last())) {
                break;
            }
            if (!missed.contains(period)) {
                missed.add(period);
            }
            if (catchUp == CatchUp.LATEST || done.isEmpty()) {
                break;
            }
            at = last.get().minusSeconds(1);
        }
        Collections.reverse(missed);
        return missed;
    }

    private void attempt(Publish publish, YearMonth period) {
        try {
            publish.period(period);
        } catch (Exception e) {
            // The schedule goes on: the next firing (or a restart's catch-up) tries again.
            log.warn("run for " + period + " failed: " + e.getMessage());
        }
    }

    private ZonedDateTime now() {
        return ZonedDateTime.ofInstant(clock.instant(), zone);
    }
}
