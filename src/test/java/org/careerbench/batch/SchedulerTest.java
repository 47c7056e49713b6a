package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler on a clock the test moves: sleeping jumps the clock to the wake-up time. */
class SchedulerTest {
    @TempDir
    Path dir;

    /** A clock that only moves when the scheduler sleeps. */
    static final class TestClock extends Clock {
        Instant now;

        TestClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void catchesUpAMissedPeriodThenPublishesAtTwoMonthBoundaries() throws Exception {
        new Ledger(dir).record(YearMonth.of(2026, 10), Instant.parse("2026-10-01T06:00:05Z"));
        TestClock clock = new TestClock(Instant.parse("2026-11-15T12:00:00Z"));
        Instant end = Instant.parse("2027-01-20T00:00:00Z");
        List<Instant> wakeUps = new ArrayList<>();
        Scheduler.Sleeper sleeper = when -> {
            if (when.isAfter(end)) {
                return false; // the test stops the scheduler here
            }
            wakeUps.add(when);
            clock.now = when;
            return true;
        };
        List<String> log = new ArrayList<>();
        PeriodPublisher publisher = new PeriodPublisher(RunLog.lines(log::add), clock);
        Scheduler scheduler = new Scheduler("0 6 1 * *", ZoneId.of("UTC"), clock, sleeper, new Ledger(dir),
                Scheduler.CatchUp.ALL, RunLog.lines(log::add));
        List<YearMonth> published = new ArrayList<>();
        scheduler.run(period -> {
            publisher.publish(new RunOptions(Path.of("input"), Path.of("templates"), dir, period, "schedule"), false);
            published.add(period);
        }, () -> false);

        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1)), published,
                "November caught up, then December and January at their firings");
        assertEquals(List.of(Instant.parse("2026-12-01T06:00:00Z"), Instant.parse("2027-01-01T06:00:00Z")), wakeUps);
        assertEquals(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12),
                YearMonth.of(2027, 1)), List.copyOf(new Ledger(dir).completed()));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("2026-11", "2026-12", "2027-01"), s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList());
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("catching up missed period 2026-11")), log.toString());
    }

    @Test
    void catchUpModes() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2027-03-10T00:00:00Z"));
        new Ledger(dir).record(YearMonth.of(2026, 11), Instant.parse("2026-11-01T06:00:00Z"));
        assertEquals(List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1), YearMonth.of(2027, 2),
                YearMonth.of(2027, 3)), scheduler(clock, Scheduler.CatchUp.ALL).missed());
        assertEquals(List.of(YearMonth.of(2027, 3)), scheduler(clock, Scheduler.CatchUp.LATEST).missed());
        assertEquals(List.of(), scheduler(clock, Scheduler.CatchUp.NONE).missed());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(List.of(YearMonth.of(2027, 3)), new Scheduler("0 6 1 * *", ZoneId.of("UTC"), clock, w -> false,
                new Ledger(empty), Scheduler.CatchUp.ALL, RunLog.SILENT).missed(), "an empty ledger: the latest only");
    }

    @Test
    void anInvalidCronExpressionIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Scheduler("0 6 32 * *",
                ZoneId.of("UTC"), Clock.systemUTC(), w -> false, new Ledger(dir), Scheduler.CatchUp.NONE,
                RunLog.SILENT));
    }

    private Scheduler scheduler(Clock clock, Scheduler.CatchUp mode) {
        return new Scheduler("0 6 1 * *", ZoneId.of("UTC"), clock, w -> false, new Ledger(dir), mode, RunLog.SILENT);
    }
}
