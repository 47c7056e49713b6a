package org.careerbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The benchmark's cold figures, each timed in a fresh JVM as a user's monthly process starts, beside
 * the warm in-process figures: {@code --help}, the sample run, and one run of each generated input.
 * Only when the benchmark itself runs from the packaged jar (the command a user runs); from classes
 * (a test) there is nothing to start and no cold figure.
 */
final class ColdProcesses {
    private final PrintWriter out;
    private final Path sample;
    private final Path templates;
    private final Optional<Path> jar;

    ColdProcesses(PrintWriter out, Path sample, Path templates) {
        this.out = out;
        this.sample = sample;
        this.templates = templates;
        this.jar = packagedJar();
    }

    private static Optional<Path> packagedJar() {
        try {
            Path p = Path.of(ColdProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether cold figures can be taken at all. */
    boolean available() {
        return jar.isPresent();
    }

    /**
     * {@code --help} (median of 5), then the sample run (median of 3), each in fresh JVMs; prints both.
     *
     * @return the sample run's median, when measured
     */
    OptionalLong printHelpAndSample() throws IOException, InterruptedException {
        if (jar.isEmpty()) {
            return OptionalLong.empty();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(java(), "-jar", jar.get().toString(), "--help").redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        out.printf(Locale.ROOT, "careerbench --help: median %d ms of 5 (a fresh JVM each time)%n", Medians.of(times));
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            OptionalLong one = run(sample, "");
            if (one.isEmpty()) {
                return OptionalLong.empty();
            }
            runs.add(one.getAsLong());
        }
        long cold = Medians.of(runs);
        out.printf(Locale.ROOT, "cold sample run (a fresh JVM each time, as ./careerbench starts it%s): median %d ms "
                + "of 3%n", Files.exists(archive()) ? ", class-data archive" : ", no class-data archive built", cold);
        return OptionalLong.of(cold);
    }

    /**
     * One run of {@code input} in a fresh JVM with the launcher's options and {@code heap} (e.g.
     * {@code -Xmx512m}, or empty for the default), in milliseconds; empty when not running from the
     * jar or when the run failed (said on the output).
     */
    OptionalLong run(Path input, String heap) throws IOException, InterruptedException {
        if (jar.isEmpty()) {
            return OptionalLong.empty();
        }
        List<String> command = new ArrayList<>(List.of(java()));
        if (Files.exists(archive())) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive(), "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (!heap.isEmpty()) {
            command.add(heap);
        }
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Djava.awt.headless=true", "-jar", jar.get().toString(), "run", "--input",
                input.toString(), "--templates", templates.toString(), "--period", "2026-11", "--quiet", "--output"));
        Path output = Files.createTempDirectory("careerbench-cold");
        try {
            command.add(output.toString());
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            int code = p.waitFor();
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (code != 0) {
                out.printf(Locale.ROOT, "cold run of %s: exit %d; not measured%n", input, code);
                return OptionalLong.empty();
            }
            return OptionalLong.of(ms);
        } finally {
            org.apache.commons.io.file.PathUtils.deleteDirectory(output);
        }
    }

    private Path archive() {
        return jar.map(j -> j.resolveSibling("careerbench-app.jsa")).orElse(Path.of("none.jsa"));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
