package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodFolderTest {
    @Test
    void stagingIsHiddenAndPublishingReplacesTheOldRun(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("2026-11");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.txt"), "old");
        // An earlier version's period folder: a plain folder, with the manifest every run writes.
        Files.writeString(target.resolve("manifest.json"), "{}");
        PeriodFolder folder = new PeriodFolder(target);
        Path staging = folder.stage();
        assertTrue(staging.getFileName().toString().startsWith(".2026-11.run-"));
        Files.writeString(staging.resolve("new.txt"), "new");
        folder.removeReplaced(folder.switchTo(staging));
        assertEquals("new", Files.readString(target.resolve("new.txt")));
        assertFalse(Files.exists(target.resolve("old.txt")));
        assertTrue(Files.isSymbolicLink(target), "the period is a link, switched by one rename");
        assertEquals(staging.getFileName(), Files.readSymbolicLink(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("2026-11", staging.getFileName().toString()), s.map(p -> p.getFileName().toString())
                    .sorted(java.util.Comparator.comparing((String n) -> n.startsWith(".")).thenComparing(n -> n))
                    .toList(), "the earlier version's plain folder is gone once replaced");
        }
        Path second = folder.stage();
        Files.writeString(second.resolve("newer.txt"), "newer");
        folder.removeReplaced(folder.switchTo(second));
        assertEquals("newer", Files.readString(target.resolve("newer.txt")));
        assertFalse(Files.exists(staging), "the replaced run's folder is deleted after the switch");
    }

    @Test
    void publishingNeverReplacesALinkItDidNotMake(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("manifest.json"), "{}");
        Path output = Files.createDirectories(dir.resolve("out"));
        Path target = output.resolve("2026-11");
        Files.createSymbolicLink(target, elsewhere);
        PeriodFolder folder = new PeriodFolder(target);
        Path staging = folder.stage();
        org.junit.jupiter.api.Assertions.assertThrows(PeriodFolder.ForeignEntry.class, () -> folder.switchTo(staging));
        assertEquals(elsewhere, Files.readSymbolicLink(target));
        assertTrue(Files.exists(elsewhere.resolve("manifest.json")));
        assertTrue(PeriodFolder.published(output, "manifest.json").isEmpty(), "a foreign link is not a published period");
    }

    @Test
    void deleteTreeToleratesAMissingFolder(@TempDir Path dir) throws Exception {
        PeriodFolder.deleteTree(dir.resolve("absent"));
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(nested.resolve("f"), "x");
        PeriodFolder.deleteTree(dir.resolve("a"));
        assertFalse(Files.exists(dir.resolve("a")));
    }
}
