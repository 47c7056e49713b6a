package org.careerbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.careerbench.batch.RunFailure;
import org.careerbench.batch.RunJob;
import org.careerbench.batch.RunLog;
import org.careerbench.batch.RunOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published period audited against a rebuild from its own input and templates. */
class PeriodAuditTest {
    @TempDir
    static Path shared;

    private static Path period;

    @BeforeAll
    static void publish() throws Exception {
        new RunJob(RunLog.SILENT).run(new RunOptions(Path.of("input"), Path.of("templates"), shared.resolve("out"),
                YearMonth.of(2026, 11), "careerbench run"));
        period = shared.resolve("out/2026-11");
    }

    private static PeriodAudit.Result audit(Path folder) throws Exception {
        return new PeriodAudit(Clock.systemUTC(), false).audit(folder, Path.of("input"), Path.of("templates"),
                StandardCharsets.UTF_8);
    }

    @Test
    void theShippedPeriodGivesNothingAway() throws Exception {
        PeriodAudit.Result r = audit(period);
        assertEquals(YearMonth.of(2026, 11), r.period());
        assertEquals(List.of(), r.findings());
        assertTrue(r.files() >= 6, r.files() + " files read");
    }

    @Test
    void aFolderWithoutAManifestIsNoPeriod() throws Exception {
        Path empty = Files.createDirectories(shared.resolve("empty"));
        RunFailure f = assertThrows(RunFailure.class, () -> audit(empty));
        assertEquals(RunFailure.Kind.BAD_INPUT, f.kind());
        assertTrue(f.getMessage().endsWith("has no manifest.json; expected a published period folder, e.g. "
                + "output/2026-11"), f.getMessage());
    }

    @Test
    void aManifestCutShortOrWithoutAPeriodIsRefusedInWords() throws Exception {
        Path cut = Files.createDirectories(shared.resolve("cut"));
        Files.writeString(cut.resolve("manifest.json"), "{\"period\": \"2026-");
        RunFailure f = assertThrows(RunFailure.class, () -> audit(cut));
        assertTrue(f.getMessage().contains("is not a whole manifest"), f.getMessage());
        Path noPeriod = Files.createDirectories(shared.resolve("no-period"));
        Files.writeString(noPeriod.resolve("manifest.json"), "{\"period\": \"November\"}");
        f = assertThrows(RunFailure.class, () -> audit(noPeriod));
        assertTrue(f.getMessage().contains("names no period (found 'November', expected YYYY-MM)"), f.getMessage());
    }
}
