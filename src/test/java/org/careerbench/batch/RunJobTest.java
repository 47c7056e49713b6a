package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careerbench.data.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJobTest {
    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private RunOptions options(Path input, YearMonth period) {
        return new RunOptions(input, Path.of("templates"), dir.resolve("output"), period, "careerbench run");
    }

    static Path copyOfSampleInput(Path target) throws Exception {
        Files.createDirectories(target);
        org.careerbench.SampleInput.copyTo(target);
        return target;
    }

    /** The folder's entries, without the run folders its period links point to. */
    private static List<String> list(Path folder) throws Exception {
        List<Path> live = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                if (Files.isSymbolicLink(p)) {
                    live.add(p.resolveSibling(Files.readSymbolicLink(p)).normalize());
                }
            }
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !live.contains(p.normalize())).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void publishesDeliverablesAndAManifestThatDescribesThem() throws Exception {
        RunResult result = new RunJob(log::add).run(options(Path.of("input"), YearMonth.of(2026, 11)));
        Path folder = dir.resolve("output/2026-11");
        assertEquals(folder, result.folder());
        List<String> expected = new ArrayList<>(result.outputs().stream().map(OutputFile::name).toList());
        expected.add("manifest.json");
        assertEquals(expected.stream().sorted().toList(), list(folder), "exactly the deliverables and the manifest");
        assertTrue(list(folder).containsAll(List.of("career-report.pdf", "salary-benchmark.xlsx")));
        assertEquals(List.of("2026-11"), list(dir.resolve("output")), "no staging folder left behind");

        JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals("2026-11", m.get("period").asText());
        assertEquals("careerbench run", m.get("command").asText());
        JsonNode salaries = m.get("inputs").get(0);
        assertEquals("salaries.csv", salaries.get("file").asText());
        assertEquals(Sha256.of(Path.of("input/salaries.csv")), salaries.get("sha256").asText());
        assertEquals(Files.readAllLines(Path.of("input/salaries.csv")).size() - 1, salaries.get("rows_read").asInt());
        assertEquals(Files.readAllLines(Path.of("input/salaries.csv")).size() - 1, salaries.get("rows_kept").asInt());
        for (JsonNode o : m.get("outputs")) {
            Path f = folder.resolve(o.get("file").asText());
            assertEquals(Files.size(f), o.get("bytes").asLong());
            assertEquals(Sha256.of(f), o.get("sha256").asText());
        }
        assertTrue(m.get("templates").size() >= 3);
        assertTrue(m.get("stage_ms").has("render"));
        assertTrue(m.get("warnings").isArray());
    }

    @Test
    void badInputFailsBeforeAnythingIsWritten() throws Exception {
        Path input = copyOfSampleInput(dir.resolve("in"));
        Path salaries = input.resolve("salaries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(salaries));
        lines.set(5, lines.get(5).replaceFirst(",USD,", ",USD,").replaceFirst("(,\\d+,USD,)", ",12k,USD,"));
        Files.write(salaries, lines);
        RunFailure f = assertThrows(RunFailure.class, () -> new RunJob(log::add).run(options(input,
                YearMonth.of(2026, 11))));
        assertEquals(RunFailure.Kind.BAD_INPUT, f.kind());
        assertTrue(f.getMessage().contains("salaries.csv:6:9: column 'base_salary': found \"12k\""), f.getMessage());
        assertFalse(Files.exists(dir.resolve("output")), "nothing written under output/");
    }

    @Test
    void aNewRunReplacesThePreviousOneOfTheSamePeriod() throws Exception {
        Path folder = dir.resolve("output/2026-11");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("stale.txt"), "from an older run");
        // An older version's period folder, as it wrote them: a plain folder with its manifest.
        Files.writeString(folder.resolve("manifest.json"), "{}");
        new RunJob(log::add).run(options(Path.of("input"), YearMonth.of(2026, 11)));
        assertFalse(list(folder).contains("stale.txt"));
        assertTrue(list(folder).contains("manifest.json"));
        assertEquals(List.of("2026-11"), list(dir.resolve("output")));
    }

    @Test
    void aFailedRenderLeavesThePreviousRunUntouched() throws Exception {
        new RunJob(log::add).run(options(Path.of("input"), YearMonth.of(2026, 11)));
        Path folder = dir.resolve("output/2026-11");
        String before = Sha256.of(folder.resolve("career-report.pdf"));
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("theme.yaml"), "");
        // A logo that starts like a PNG but is cut short fails only when the PDF decodes it.
        Files.write(templates.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        Files.writeString(templates.resolve("theme.yaml"), "logo: broken.png\n");
        Files.writeString(templates.resolve("career-report.md"), "---\ntitle: x\n---\n# A\nText.\n");
        RunFailure f = assertThrows(RunFailure.class, () -> new RunJob(log::add).run(new RunOptions(Path.of("input"),
                templates, dir.resolve("output"), YearMonth.of(2026, 11), "careerbench run")));
        assertEquals(RunFailure.Kind.RENDERING, f.kind());
        assertEquals(before, Sha256.of(folder.resolve("career-report.pdf")));
        assertEquals(List.of("2026-11"), list(dir.resolve("output")), "the staging folder was removed");
    }

    /** Issue 25: the manifest says who each deliverable is for. */
    @Test
    void theManifestRecordsEachDeliverablesAudienceAndSuppressionRule() throws Exception {
        new RunJob(log::add).run(options(Path.of("input"), YearMonth.of(2026, 11)));
        var outputs = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("output/2026-11/manifest.json")
                .toFile()).path("outputs");
        java.util.Map<String, String> audience = new java.util.TreeMap<>();
        outputs.forEach(o -> audience.put(o.path("file").asText(), o.path("audience").asText("")));
        assertEquals("analyst", audience.get("salary-benchmark.xlsx"), audience.toString());
        assertEquals("public", audience.get("career-report.pdf"), audience.toString());
        assertEquals("hr", audience.get("ml-engineering.xlsx"), audience.toString());
        assertEquals("", audience.get("figures.csv"), "a data file has none");
        java.util.Map<String, String> suppression = new java.util.TreeMap<>();
        outputs.forEach(o -> suppression.put(o.path("file").asText(), o.path("suppression").asText("")));
        assertEquals("n>=5 central, n>=10 tails, complementary for means", suppression.get("career-report.pdf"),
                suppression.toString());
        assertEquals("", suppression.get("figures.csv"), "a data file has none");
    }
}
