package org.careerbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI's temporary files go into the run's own folder while it renders, and back to the default after. */
class ScratchTest {
    @TempDir
    Path dir;

    @Test
    void poisTemporaryFilesLandInTheScratchFolderUntilClosed() throws Exception {
        Path scratch = Files.createDirectory(dir.resolve(Scratch.NAME));
        File inside;
        File directory;
        try (Scratch s = Scratch.in(scratch)) {
            inside = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            directory = TempFile.createTempDirectory("poi");
        }
        assertEquals(scratch, inside.toPath().getParent());
        assertEquals(scratch, directory.toPath().getParent());
        File after = TempFile.createTempFile("after", ".tmp");
        try {
            assertFalse(after.toPath().startsWith(scratch), "closing puts POI's default back");
        } finally {
            Files.deleteIfExists(after.toPath());
        }
    }
}
