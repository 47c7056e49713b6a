package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.careerbench.PdfFacts;
import org.careerbench.data.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel rendering and shards change where and when reports are made, never what they contain. */
class ShardsAndThreadsTest {
    @TempDir
    Path dir;

    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    private RunOptions options(Path out) {
        return new RunOptions(Path.of("input"), Path.of("templates"), out, YearMonth.of(2026, 11), "test",
                java.nio.charset.StandardCharsets.UTF_8, CREATED, Shard.ALL, 1);
    }

    /** File name to content: workbooks by SHA-256, PDFs by their text (font-subset tags are random). */
    private static Map<String, String> contents(List<OutputFile> outputs, Path folder) throws Exception {
        Map<String, String> c = new TreeMap<>();
        for (OutputFile f : outputs) {
            if (f.name().equals(FiguresFile.NAME) || f.name().equals("index.html")) {
                continue; // each shard's figures and index are its own reports'; figures compared row by row below
            }
            Path p = folder.resolve(f.name());
            c.put(f.name(), f.name().endsWith(".pdf") ? PdfFacts.read(p).text() : Sha256.of(p));
        }
        return c;
    }

    @Test
    void renderingOnTwoThreadsGivesTheSameFilesInTheSameOrder() throws Exception {
        RunResult one = new RunJob(RunLog.SILENT).run(options(dir.resolve("one")));
        RunResult two = new RunJob(RunLog.SILENT).run(options(dir.resolve("two")).withThreads(2));
        assertEquals(one.outputs().stream().map(OutputFile::name).toList(),
                two.outputs().stream().map(OutputFile::name).toList());
        assertEquals(contents(one.outputs(), one.folder()), contents(two.outputs(), two.folder()));
    }

    @Test
    void theUnionOfTheShardsIsTheUnshardedRun() throws Exception {
        RunResult whole = new RunJob(RunLog.SILENT).run(options(dir.resolve("whole")));
        Map<String, String> union = new TreeMap<>();
        List<String> folders = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            RunResult part = new RunJob(RunLog.SILENT).run(options(dir.resolve("sharded")).withShard(new Shard(k, 3)));
            folders.add(part.folder().getFileName().toString());
            List<String> lines = Files.readAllLines(part.folder().resolve(FiguresFile.NAME));
            // Every shard carries the run's input figures (no report); gather keeps them once.
            lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("2026-11,,") || !figures.contains(l))
                    .forEach(figures::add);
            Map<String, String> c = contents(part.outputs(), part.folder());
            c.keySet().forEach(name -> assertEquals(null, union.get(name), name + " in two shards"));
            union.putAll(c);
        }
        assertEquals(contents(whole.outputs(), whole.folder()), union);
        List<String> wholeFigures = Files.readAllLines(whole.folder().resolve(FiguresFile.NAME));
        assertEquals(wholeFigures.subList(1, wholeFigures.size()).stream().sorted().toList(),
                figures.stream().sorted().toList(), "the shards' figures together are the whole run's");

        assertEquals(List.of("2026-11.shard-1-of-3", "2026-11.shard-2-of-3", "2026-11.shard-3-of-3"), folders);
        assertEquals(true, Files.isRegularFile(dir.resolve("sharded/2026-11.shard-2-of-3/manifest.json")));
    }

    @Test
    void shardsAreParsedAndChecked() {
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("two"));
        assertEquals(List.of(true, false, false, true), List.of(new Shard(1, 3).includes(0), new Shard(1, 3).includes(1),
                new Shard(1, 3).includes(2), new Shard(1, 3).includes(3)));
    }
}
