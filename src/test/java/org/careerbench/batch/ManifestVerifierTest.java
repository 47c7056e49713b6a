package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestVerifierTest {
    @Test
    void aPublishedFolderMatchesAndEveryTamperingIsNamed(@TempDir Path dir) throws Exception {
        RunResult r = new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), Path.of("templates"),
                dir, YearMonth.of(2026, 11), "careerbench run"));
        Path folder = r.folder();
        assertEquals(List.of(), new ManifestVerifier().verify(folder));
        Files.writeString(folder.resolve("career-report.pdf"), "not the report");
        Files.delete(folder.resolve("salary-benchmark.xlsx"));
        Files.writeString(folder.resolve("notes.txt"), "x");
        List<String> problems = new ManifestVerifier().verify(folder);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("career-report.pdf: 14 bytes, expected")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("career-report.pdf: SHA-256")), problems.toString());
        assertTrue(problems.contains("notes.txt: not in the manifest"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("salary-benchmark.xlsx: missing")), problems.toString());
    }

    /** Regression (issue 24): a manifest cut short ended verify and gather in a parser's exception. */
    @Test
    void aTruncatedManifestIsNamedInWords(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\n  \"period\": \"2026-11\",\n  \"outputs\": [\n    {\"file\": \"a");
        List<String> problems = new ManifestVerifier().verify(dir);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("manifest.json:4: cut short or not JSON"), problems.toString());
    }
}
