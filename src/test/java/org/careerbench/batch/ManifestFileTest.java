package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A period folder's manifest, named, read and written in one place. */
class ManifestFileTest {
    @TempDir
    Path dir;

    private static final String MANIFEST = """
            {
              "tool": "CareerBench",
              "period": "2026-11",
              "inputs": [ {"dataset": "salaries", "file": "salaries.csv", "sha256": "aa", "rows_read": 3} ],
              "templates": [ {"file": "career-report.md", "sha256": "bb"} ],
              "outputs": [
                {"file": "career-report.pdf", "bytes": 1200, "sha256": "cc", "title": "Career report"},
                {"file": "index.html", "bytes": 300, "sha256": "dd"},
                {"bytes": 5}
              ]
            }
            """;

    @Test
    void theTypedViewsReadWhatARunWrote() throws Exception {
        Files.writeString(ManifestFile.of(dir), MANIFEST);
        ManifestFile m = ManifestFile.read(dir);
        assertEquals(Optional.of(YearMonth.of(2026, 11)), m.period());
        assertEquals(List.of(new ManifestFile.Output("career-report.pdf", 1200, "cc", "Career report"),
                new ManifestFile.Output("index.html", 300, "dd", "")), m.outputs(), "an entry without a file is none");
        assertEquals(List.of(new ManifestFile.Source("salaries", "salaries.csv", "aa")), m.inputs());
        assertEquals(List.of(new ManifestFile.Source("", "career-report.md", "bb")), m.templates());
    }

    @Test
    void aPeriodNotWrittenAsYearAndMonthIsNone() throws Exception {
        Files.writeString(ManifestFile.of(dir), "{\"period\": \"November\"}");
        ManifestFile m = ManifestFile.read(dir);
        assertEquals(Optional.empty(), m.period());
        assertEquals("November", m.periodText());
        assertEquals(List.of(), m.outputs());
    }

    @Test
    void aManifestCutShortIsAJsonProblemAtItsLine() throws Exception {
        Files.writeString(ManifestFile.of(dir), MANIFEST.substring(0, 120));
        var e = assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> ManifestFile.read(dir));
        assertTrue(e.getLocation().getLineNr() >= 4, e.getMessage());
    }

    @Test
    void onlyAFileOfItsOwnIsAManifest() throws Exception {
        assertFalse(ManifestFile.isIn(dir));
        Path elsewhere = Files.writeString(dir.resolve("other.json"), MANIFEST);
        Path sub = Files.createDirectory(dir.resolve("p"));
        Files.createSymbolicLink(ManifestFile.of(sub), elsewhere);
        assertFalse(ManifestFile.isIn(sub), "a link to a manifest is not this tool's");
        Files.writeString(ManifestFile.of(dir), MANIFEST);
        assertTrue(ManifestFile.isIn(dir));
    }

    @Test
    void aGatheredManifestIsWrittenPrettyAndReadsBackEqual() throws Exception {
        var json = new ObjectMapper().readTree(MANIFEST);
        ManifestFile.write(dir, json);
        assertTrue(Files.readString(ManifestFile.of(dir)).contains("\n  \"period\" : \"2026-11\""));
        assertEquals(json, ManifestFile.read(dir).json());
    }
}
