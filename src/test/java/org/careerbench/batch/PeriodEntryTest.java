package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodEntryTest {
    @TempDir
    Path dir;

    @Test
    void nothingAtThePlaceIsOwned() {
        assertTrue(PeriodEntry.owned(dir.resolve("2026-11")));
    }

    @Test
    void aLinkToARunFolderBesideItIsOwned() throws Exception {
        Path run = Files.createDirectories(dir.resolve(".2026-11.run-123"));
        Files.createSymbolicLink(dir.resolve("2026-11"), Path.of(".2026-11.run-123"));
        assertEquals(Optional.of(run), PeriodEntry.ownRun(dir.resolve("2026-11")));
        assertTrue(PeriodEntry.owned(dir.resolve("2026-11")));
    }

    @Test
    void aLinkWithTheRightNameButAnAbsoluteTextIsForeign() throws Exception {
        Path run = Files.createDirectories(dir.resolve(".2026-11.run-123"));
        Files.createSymbolicLink(dir.resolve("2026-11"), run.toAbsolutePath());
        assertFalse(PeriodEntry.owned(dir.resolve("2026-11")));
    }

    @Test
    void aLinkToAnotherPeriodsRunOrThroughALinkedRunFolderIsForeign() throws Exception {
        Files.createDirectories(dir.resolve(".2026-10.run-1"));
        Files.createSymbolicLink(dir.resolve("2026-11"), Path.of(".2026-10.run-1"));
        assertFalse(PeriodEntry.owned(dir.resolve("2026-11")), "another period's run folder");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve(".2026-09.run-2"), elsewhere);
        Files.createSymbolicLink(dir.resolve("2026-09"), Path.of(".2026-09.run-2"));
        assertFalse(PeriodEntry.owned(dir.resolve("2026-09")), "the run folder is itself a link elsewhere");
    }

    @Test
    void aFolderIsOwnedOnlyWithTheManifestEveryRunWrites() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("2026-11"));
        assertTrue(PeriodEntry.foreign(folder).orElseThrow().contains("no manifest.json"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        assertTrue(PeriodEntry.owned(folder));
    }

    @Test
    void aFileIsForeignAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("2026-11"), "x");
        assertTrue(PeriodEntry.foreign(dir.resolve("2026-11")).orElseThrow().contains("is a file"));
    }
}
