package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyOutputIsRefusedInWords() throws Exception {
        // Through the seam: as root every folder is writable, whatever its permissions say.
        Path ro = Files.createDirectories(dir.resolve("ro"));
        RunFailure f = assertThrows(RunFailure.class, () -> OutputFolder.check(ro, 0, p -> false));
        assertEquals(RunFailure.Kind.BAD_INPUT, f.kind());
        assertEquals("--output " + ro + " is not writable (read-only, or no permission); a run needs to write there; "
                + "nothing was written", f.getMessage());
    }

    @Test
    void aMissingOutputUnderAReadOnlyParentNamesTheParent() throws Exception {
        RunFailure f = assertThrows(RunFailure.class, () -> OutputFolder.check(dir.resolve("a/b"), 0, p -> false));
        assertTrue(f.getMessage().contains("'s parent " + dir + " is not writable"), f.getMessage());
    }

    @Test
    void aFileIsNotAnOutputFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "x");
        RunFailure f = assertThrows(RunFailure.class, () -> OutputFolder.check(file, 0));
        assertTrue(f.getMessage().contains("is a file, expected a folder"), f.getMessage());
    }

    @Test
    void aWritableFolderWithRoomPasses() throws Exception {
        OutputFolder.check(dir.resolve("new"), 1024);
        assertFalse(Files.exists(dir.resolve("new")), "the check writes nothing");
    }

    @Test
    void aPeriodPlaceHoldingALinkElsewhereIsRefused() throws Exception {
        Files.createSymbolicLink(dir.resolve("2026-11"), Files.createDirectories(dir.resolve("elsewhere")));
        RunFailure f = assertThrows(RunFailure.class, () -> OutputFolder.checkPeriod(dir.resolve("2026-11")));
        assertTrue(f.getMessage().contains("is a link this tool did not make"), f.getMessage());
    }
}
