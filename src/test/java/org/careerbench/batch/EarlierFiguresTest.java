package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run knows of earlier periods; a figures file it cannot read is a warning, never a silent gap. */
class EarlierFiguresTest {
    @TempDir
    Path dir;

    private RunOptions options(YearMonth period) {
        return new RunOptions(Path.of("input"), Path.of("templates"), dir, period, "test");
    }

    @Test
    void aFirstPeriodHasNothingEarlierAndNoProblem() {
        EarlierFigures earlier = new EarlierFigures(options(YearMonth.of(2026, 11)));
        var context = earlier.context();
        assertTrue(context.earlier().isEmpty());
        assertEquals(List.of(), earlier.problems());
        assertEquals(YearMonth.of(2026, 11), context.period());
    }

    @Test
    void thePreviousPublishedPeriodIsFound() throws Exception {
        new RunJob(RunLog.SILENT).run(options(YearMonth.of(2026, 10)));
        EarlierFigures earlier = new EarlierFigures(options(YearMonth.of(2026, 11)));
        var context = earlier.context();
        assertTrue(context.earlier().isPresent());
        assertEquals(List.of(), earlier.problems());
    }

    @Test
    void anUnreadableFiguresFileIsAProblemSaidOnce() throws Exception {
        Path october = Files.createDirectories(dir.resolve("2026-10"));
        Files.writeString(october.resolve("manifest.json"), "{}");
        // A figures file of another tool: none of the columns this version reads.
        Files.writeString(october.resolve(FiguresFile.NAME), "a,b\n1,2\n");
        EarlierFigures earlier = new EarlierFigures(options(YearMonth.of(2026, 11)));
        earlier.context();
        earlier.context();
        List<String> problems = earlier.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("an earlier period's figures could not be read, so no change is shown"),
                problems.get(0));
    }
}
