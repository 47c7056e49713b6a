package org.careerbench.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's cold figures: {@code --help} and the sample run, each timed in a fresh JVM as a
 * user's monthly process starts, beside the warm in-process figures the benchmark prints first.
 */
final class ColdProcesses {
    private final PrintWriter out;
    private final Path sample;
    private final Path templates;

    ColdProcesses(PrintWriter out, Path sample, Path templates) {
        this.out = out;
        this.sample = sample;
        this.templates = templates;
    }

    /** {@code --help}, then the sample run, each in fresh JVMs, when running from the packaged jar. */
    void print() throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(ColdProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            return;
        }
        if (!jar.toString().endsWith(".jar")) {
            return;
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                    jar.toString(), "--help").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor();
            times.add((System.nanoTime() - t) / 1_000_000);
        }
        out.printf(Locale.ROOT, "careerbench --help: median %d ms of 5 (a fresh JVM each time)%n", Medians.of(times));
        coldSample(jar);
    }

    /** Most a cold run of the sample may take (issue 27): one short process a month is what users run. */
    private static final long COLD_SAMPLE_TARGET_MS = 1_200;

    /**
     * The sample run in a fresh JVM each time, as {@code ./careerbench run} starts it (the launcher's
     * options, its class-data archive when built), beside the warm in-process figures above.
     */
    private void coldSample(Path jar) throws IOException, InterruptedException {
        Path archive = jar.resolveSibling("careerbench-app.jsa");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (Files.exists(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Djava.awt.headless=true", "-jar", jar.toString(), "run", "--input",
                sample.toString(), "--templates", templates.toString(), "--period", "2026-11", "--quiet", "--output"));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path output = Files.createTempDirectory("careerbench-cold");
            List<String> one = new ArrayList<>(command);
            one.add(output.toString());
            long t = System.nanoTime();
            Process p = new ProcessBuilder(one).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            int code = p.waitFor();
            times.add((System.nanoTime() - t) / 1_000_000);
            org.apache.commons.io.file.PathUtils.deleteDirectory(output);
            if (code != 0) {
                out.printf(Locale.ROOT, "cold sample run: exit %d; not measured%n", code);
                return;
            }
        }
        long cold = Medians.of(times);
        out.printf(Locale.ROOT, "cold sample run (a fresh JVM each time, as ./careerbench starts it%s): median %d ms "
                + "of 3, target <= %d ms: %s%n", Files.exists(archive) ? ", class-data archive" : ", no class-data "
                + "archive built", cold, COLD_SAMPLE_TARGET_MS, cold <= COLD_SAMPLE_TARGET_MS ? "met" : "missed");
    }

}
