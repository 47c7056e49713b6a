package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: between the two renames that set the old run aside and moved the new one in,
 * {@code output/<period>} did not exist. Publishing now switches a link by one rename: this test
 * stops a forced rerun before each of its file-system steps in turn and checks that the period is
 * a complete run (the old or the new) at every step and after the stop, and that the next run
 * clears what the stopped one left.
 */
class PublishingGapTest {
    @TempDir
    Path dir;

    /** The stop of a process at a step: an error nothing in the run catches. */
    static final class Stopped extends Error {
        private static final long serialVersionUID = 1L;

        Stopped(String step) {
            super(step, null, false, false);
        }
    }

    private RunOptions options(Path out) {
        return new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 11), "careerbench run")
                .withThreads(2);
    }

    @Test
    void thePeriodIsACompleteRunAtEveryStepOfARerunAndAfterAStopAtAnyOfThem() throws Exception {
        // Count the steps of a rerun once.
        Path probe = dir.resolve("probe");
        new RunJob(RunLog.SILENT).run(options(probe));
        List<String> steps = new ArrayList<>();
        new RunJob(RunLog.SILENT, Clock.systemUTC(), steps::add).run(options(probe));
        assertEquals(List.of("create the run folder", "create the new link", "switch the period to the new run",
                "delete the previous run"), steps);

        for (int stopAt = 0; stopAt < steps.size(); stopAt++) {
            Path out = dir.resolve("out-" + stopAt);
            new RunJob(RunLog.SILENT).run(options(out));
            Path period = out.resolve("2026-11");
            int[] seen = {0};
            int stop = stopAt;
            List<String> checked = new ArrayList<>();
            PeriodFolder.Steps check = step -> {
                List<String> problems = new ManifestVerifier().verify(period);
                assertEquals(List.of(), problems, "before '" + step + "', " + period + " must be a complete run");
                checked.add(step);
                if (seen[0]++ == stop) {
                    throw new Stopped(step);
                }
            };
            assertThrows(Stopped.class, () -> new RunJob(RunLog.SILENT, Clock.systemUTC(), check).run(options(out)));
            assertEquals(stop + 1, checked.size());
            assertEquals(List.of(), new ManifestVerifier().verify(period), "after a stop before '"
                    + steps.get(stop) + "'");

            new PeriodPublisher(RunLog.SILENT, Clock.systemUTC()).publish(options(out), true);
            assertEquals(List.of(), new ManifestVerifier().verify(period));
            Path live = period.resolveSibling(Files.readSymbolicLink(period)).normalize();
            try (Stream<Path> s = Files.list(out)) {
                List<String> left = s.filter(p -> !p.normalize().equals(live)).map(p -> p.getFileName().toString())
                        .sorted().toList();
                assertEquals(List.of(".careerbench.lock", ".ledger", "2026-11"), left,
                        "the next run cleared what the stop before '" + steps.get(stop) + "' left");
            }
        }
    }

    @Test
    void aPeriodFolderOfAnEarlierVersionIsReplacedAndACrashMidwayRestoresIt() throws Exception {
        Path out = dir.resolve("legacy");
        new RunJob(RunLog.SILENT).run(options(out));
        Path period = out.resolve("2026-11");
        Path live = period.resolveSibling(Files.readSymbolicLink(period));
        Files.delete(period);
        Files.move(live, period);
        assertTrue(Files.isDirectory(period) && !Files.isSymbolicLink(period), "a plain folder, as earlier versions wrote");
        PeriodFolder.Steps stopAfterSettingAside = step -> {
            if (step.equals("switch the period to the new run")) {
                throw new Stopped(step);
            }
        };
        assertThrows(Stopped.class, () -> new RunJob(RunLog.SILENT, Clock.systemUTC(), stopAfterSettingAside)
                .run(options(out)));
        new PeriodPublisher(RunLog.SILENT, Clock.systemUTC()).publish(options(out), false);
        assertEquals(List.of(), new ManifestVerifier().verify(period), "the set-aside run is put back, then kept");
    }
}
