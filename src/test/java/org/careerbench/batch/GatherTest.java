package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerbench.PdfFacts;
import org.careerbench.SampleInput;
import org.careerbench.data.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a sharded run never became a published period. Three shards gathered publish the
 * same deliverables as an unsharded run, with one manifest and one ledger entry; a missing shard
 * or one from other inputs is refused and nothing is published.
 */
class GatherTest {
    private static final YearMonth PERIOD = YearMonth.of(2026, 11);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private RunOptions options(Path input, Path output) {
        return new RunOptions(input, Path.of("templates"), output, PERIOD, "test", StandardCharsets.UTF_8,
                Instant.parse("2026-11-01T06:00:00Z"), Shard.ALL, 1);
    }

    private void shard(Path input, Path output, int k) throws Exception {
        new PeriodPublisher(RunLog.SILENT, clock).publish(options(input, output).withShard(new Shard(k, 3)), false);
    }

    @Test
    void threeShardsGatheredAreTheUnshardedRunWithOneManifestAndOneLedgerEntry() throws Exception {
        RunResult whole = new RunJob(RunLog.SILENT).run(options(Path.of("input"), dir.resolve("whole")));
        Path output = dir.resolve("sharded");
        for (int k = 1; k <= 3; k++) {
            shard(Path.of("input"), output, k);
        }
        Path period = new Gather(RunLog.SILENT, clock).gather(output, PERIOD, 3, "careerbench gather");
        assertEquals(List.of(), new ManifestVerifier().verify(period));
        assertEquals(deliverables(whole.folder()), deliverables(period));
        assertEquals(sortedFigures(whole.folder()), sortedFigures(period));
        assertEquals(List.of(PERIOD), List.copyOf(new Ledger(output).completed()));
        assertEquals(1, Files.readAllLines(output.resolve(Ledger.FILE)).size(), "one ledger entry");
        assertTrue(Files.readString(period.resolve("manifest.json")).contains("\"gathered_from\""));
    }

    @Test
    void aMissingShardIsRefusedAndNothingIsPublished() throws Exception {
        Path output = dir.resolve("missing");
        shard(Path.of("input"), output, 1);
        shard(Path.of("input"), output, 3);
        RunFailure f = assertThrows(RunFailure.class,
                () -> new Gather(RunLog.SILENT, clock).gather(output, PERIOD, 3, "careerbench gather"));
        assertEquals(RunFailure.Kind.BAD_INPUT, f.kind());
        assertTrue(f.getMessage().contains("shard 2 of 3 of 2026-11 is not there whole"), f.getMessage());
        assertTrue(!Files.exists(output.resolve("2026-11")), "nothing published");
    }

    @Test
    void aShardFromOtherInputsIsRefused() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other-input"));
        SampleInput.copyTo(other);
        // The same sample with its last observation left out: another SHA-256.
        List<String> lines = Files.readAllLines(other.resolve("salaries.csv"));
        Files.write(other.resolve("salaries.csv"), lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        Path output = dir.resolve("mixed");
        shard(Path.of("input"), output, 1);
        shard(other, output, 2);
        shard(Path.of("input"), output, 3);
        RunFailure f = assertThrows(RunFailure.class,
                () -> new Gather(RunLog.SILENT, clock).gather(output, PERIOD, 3, "careerbench gather"));
        assertTrue(f.getMessage().contains("shard 2 of 3 read other inputs than shard 1"), f.getMessage());
        assertTrue(!Files.exists(output.resolve("2026-11")), "nothing published");
    }

    /** Each deliverable: a PDF by its text (its dates differ), any other file by its SHA-256. */
    private static Map<String, String> deliverables(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (var entries = Files.list(folder)) {
            for (Path f : entries.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("manifest.json") || name.equals(FiguresFile.NAME)) {
                    continue;
                }
                if (name.equals("index.html")) {
                    // The same rows (file, title, format, size), in whatever order the shards came.
                    files.put(name, Files.readAllLines(f).stream().filter(l -> l.startsWith("<tr>")).sorted().toList()
                            .toString());
                    continue;
                }
                files.put(name, name.endsWith(".pdf") ? PdfFacts.read(f).text() : Sha256.of(f));
            }
        }
        return files;
    }

    private static List<String> sortedFigures(Path folder) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve(FiguresFile.NAME));
        return lines.subList(1, lines.size()).stream().sorted().toList();
    }

    /** Regression (issue 24): a 2026-10 shard renamed into 2026-11 published a November folder of October figures. */
    @Test
    void gatherAcceptsAShardOfAnotherPeriod() throws Exception {
        Path output = dir.resolve("sharded");
        new PeriodPublisher(RunLog.SILENT, clock).publish(new RunOptions(Path.of("input"), Path.of("templates"), output,
                YearMonth.of(2026, 10), "test", StandardCharsets.UTF_8, Instant.parse("2026-11-01T06:00:00Z"),
                new Shard(1, 2), 1), false);
        Files.move(output.resolve("2026-10.shard-1-of-2"), output.resolve("2026-11.shard-1-of-2"));
        RunFailure f = org.junit.jupiter.api.Assertions.assertThrows(RunFailure.class,
                () -> new Gather(RunLog.SILENT, clock).gather(output, PERIOD, 2, "careerbench gather"));
        assertEquals(RunFailure.Kind.BAD_INPUT, f.kind());
        assertTrue(f.getMessage().contains("is a run of 2026-10, not of 2026-11"), f.getMessage());
        assertTrue(!Files.exists(output.resolve("2026-11")), "nothing published");
    }
}
