package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careerbench.batch.ManifestVerifier;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.careerbench.bench.SyntheticSalaries;
import org.careerbench.data.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes, as a scheduler starts them: concurrent runs and a run killed with SIGKILL. */
class ProcessesTest {
    @TempDir
    Path dir;

    private Path bigInput;
    private Path output;

    @BeforeEach
    void input() throws Exception {
        bigInput = Files.createDirectories(dir.resolve("big"));
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, bigInput.resolve(f.getFileName()));
            }
        }
        // Large enough that rendering takes seconds, so the test can act while it runs.
        SyntheticSalaries.write(bigInput.resolve("salaries.csv"), 150_000, 7);
        output = dir.resolve("output");
    }

    private Process careerbench(String... args) throws Exception {
        Files.createDirectories(systemTemp());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + systemTemp(), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The forced rerun {@link #publishThenRerun} started. */
    private Process rerun;

    /**
     * Publishes 2026-11 from the sample, then starts a forced rerun of it on the large input in a
     * process of its own ({@link #rerun}).
     *
     * @return the SHA-256 of the published run's manifest, to check it stays as it was
     */
    private String publishThenRerun() throws Exception {
        new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), Path.of("templates"), output,
                YearMonth.of(2026, 11), "careerbench run"));
        String before = Sha256.of(output.resolve("2026-11/manifest.json"));
        rerun = careerbench("run", "--input", bigInput.toString(), "--output", output.toString(),
                "--period", "2026-11", "--force");
        return before;
    }

    /** The processes' own system temp folder, to see what they leave there. */
    private Path systemTemp() {
        return dir.resolve("system-temp");
    }

    private Path awaitStaging() throws Exception {
        for (int i = 0; i < 3000; i++) {
            if (Files.isDirectory(output)) {
                try (Stream<Path> s = Files.list(output)) {
                    // A run folder that the period's link does not point to yet: the run in progress.
                    java.util.Optional<Path> live = Files.isSymbolicLink(output.resolve("2026-11"))
                            ? java.util.Optional.of(output.resolve(Files.readSymbolicLink(output.resolve("2026-11"))))
                            : java.util.Optional.empty();
                    var staging = s.filter(p -> p.getFileName().toString().startsWith(".2026-11.run-"))
                            .filter(p -> live.map(l -> !l.normalize().equals(p.normalize())).orElse(true)).findFirst();
                    if (staging.isPresent()) {
                        return staging.get();
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the run never started rendering");
    }

    private List<String> visible() throws Exception {
        try (Stream<Path> s = Files.list(output)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void ofTwoConcurrentRunsOneIsRefusedWithExitCodeThree() throws Exception {
        Process first = careerbench("run", "--input", bigInput.toString(), "--output", output.toString(),
                "--period", "2026-11");
        awaitStaging();
        Process second = careerbench("run", "--input", "input", "--output", output.toString(), "--period", "2026-11",
                "--force");
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        String said = new String(second.getInputStream().readAllBytes());
        assertEquals(ExitCodes.LOCKED, second.exitValue(), said);
        assertTrue(said.contains("another CareerBench run holds"), said);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCodes.OK, first.exitValue(), new String(first.getInputStream().readAllBytes()));
        assertEquals(List.of("2026-11"), visible());
    }

    @Test
    void aRunKilledWhileRenderingLeavesThePreviousRunIntactAndNoVisiblePartialFolder() throws Exception {
        String before = publishThenRerun();
        Path staging = awaitStaging();
        Thread.sleep(300);
        Process run = rerun;
        run.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, run.exitValue(), "killed by SIGKILL");
        assertEquals(before, Sha256.of(output.resolve("2026-11/manifest.json")), "the previous run is untouched");
        assertEquals(List.of(), new ManifestVerifier().verify(output.resolve("2026-11")));
        assertEquals(List.of("2026-11"), visible(), "nothing partial is visible");

        Process next = careerbench("run", "--input", "input", "--output", output.toString(), "--period", "2026-11",
                "--force");
        assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        String said = new String(next.getInputStream().readAllBytes());
        assertEquals(ExitCodes.OK, next.exitValue(), said);
        assertTrue(!Files.exists(staging), "the next run clears what the killed one left: " + said);
        assertTrue(said.contains("took over a stale lock"), said);
    }

    @Test
    void sigtermLetsTheScheduledRunInProgressFinishThenStops() throws Exception {
        Process schedule = careerbench("schedule", "--cron", "0 6 1 * *", "--catch-up", "latest", "--input",
                bigInput.toString(), "--output", output.toString());
        // With an empty ledger the scheduler first catches up the latest firing: this month's period.
        java.time.YearMonth period = java.time.YearMonth.from(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
                .minusDays(0));
        Path staging = null;
        for (int i = 0; i < 3000 && staging == null; i++) {
            if (Files.isDirectory(output)) {
                try (Stream<Path> s = Files.list(output)) {
                    staging = s.filter(p -> p.getFileName().toString().contains(".run-")).findFirst().orElse(null);
                }
            }
            Thread.sleep(10);
        }
        assertTrue(staging != null, "the catch-up run started");
        String name = staging.getFileName().toString();
        String published = name.substring(1, name.indexOf(".run-"));
        // SIGTERM, as systemd or Kubernetes send it (Process.destroy would also close our end of its output).
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(schedule.pid())).start().waitFor());
        assertTrue(schedule.waitFor(120, TimeUnit.SECONDS));
        String said = new String(schedule.getInputStream().readAllBytes());
        assertTrue(said.contains("stop requested"), said);
        assertEquals(ExitCodes.OK, schedule.exitValue(), "a stop asked for and done cleanly is a success: " + said);
        assertEquals(List.of(), new ManifestVerifier().verify(output.resolve(published)), said);
        assertEquals(List.of(published), visible(), "the run in progress finished and was published: " + said);
        assertTrue(period.toString().compareTo(published) >= 0);
    }

    /**
     * Regression (issue 24): a run stopped by SIGKILL left its chart-font folders and POI's streaming
     * files in the system temp folder forever. They live in the run's own folder now, cleared with it.
     */
    @Test
    void aKilledRunLeavesNoTemporaryFilesInTheSystemTempFolder() throws Exception {
        Process run = careerbench("run", "--input", bigInput.toString(), "--output", output.toString(),
                "--period", "2026-11");
        Path staging = awaitStaging();
        Path scratch = staging.resolve(".scratch");
        for (int i = 0; i < 3000 && !(entries(scratch).stream().anyMatch(n -> n.startsWith("careerbench-fonts"))
                && entries(scratch).stream().anyMatch(n -> n.startsWith("poi-sxssf"))); i++) {
            Thread.sleep(10);
        }
        List<String> during = entries(scratch);
        run.destroyForcibly();
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));
        assertTrue(during.stream().anyMatch(n -> n.startsWith("careerbench-fonts"))
                && during.stream().anyMatch(n -> n.startsWith("poi-sxssf")), "the run's temporary files: " + during);
        assertEquals(List.of(), entries(systemTemp()), "nothing in the system temp folder");

        Process next = careerbench("run", "--input", "input", "--output", output.toString(), "--period", "2026-11");
        assertTrue(next.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.OK, next.exitValue());
        assertFalse(Files.exists(staging), "cleared with the killed run's folder by the next run");
        assertEquals(List.of(), entries(systemTemp()), "nothing in the system temp folder after a whole run either");
    }

    /**
     * Regression (issue 24): a run stopped by SIGTERM left its run folder and temporary files behind
     * until some later run cleared them. A one-off run now cleans up after itself on a clean stop.
     */
    @Test
    void aRunStoppedBySigtermRemovesItsOwnRunFolderAndKeepsThePreviousRun() throws Exception {
        String before = publishThenRerun();
        Path staging = awaitStaging();
        Thread.sleep(300);
        Process run = rerun;
        assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(run.pid())).start().waitFor());
        assertTrue(run.waitFor(40, TimeUnit.SECONDS), "the run ends soon after SIGTERM");
        String said = new String(run.getInputStream().readAllBytes());
        assertEquals(143, run.exitValue(), "ended by the signal: " + said);
        assertFalse(Files.exists(staging), "the stopped run removed its own run folder: " + said);
        assertEquals(before, Sha256.of(output.resolve("2026-11/manifest.json")), "the previous run is untouched");
        assertEquals(List.of(), new ManifestVerifier().verify(output.resolve("2026-11")));
        assertEquals(List.of(), entries(systemTemp()), "nothing in the system temp folder");
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);
    }

    private static List<String> entries(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
