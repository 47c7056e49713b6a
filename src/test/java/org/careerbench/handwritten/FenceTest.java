package org.careerbench.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder a run may read from, judged by real paths: names that climb out and links that lead out. */
class FenceTest {
    @TempDir
    Path dir;

    @Test
    void aFileInsideIsInsideWhetherItExistsOrNot() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        Fence fence = new Fence(input);
        assertTrue(fence.contains(Files.writeString(input.resolve("a.csv"), "x")));
        assertTrue(fence.contains(input.resolve("sub/not-yet.csv")));
        assertEquals(input, fence.folder());
    }

    @Test
    void aNameThatClimbsOutOrIsAbsoluteIsOutside() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        Files.writeString(dir.resolve("secret.txt"), "s");
        Fence fence = new Fence(input);
        assertFalse(fence.contains(input.resolve("../secret.txt")));
        assertFalse(fence.contains(Path.of("/etc/passwd")));
        assertFalse(fence.contains(dir.resolve("input-other/a.csv")), "a sibling sharing the prefix is outside");
    }

    @Test
    void aLinkInsideThatLeadsOutIsOutside() throws Exception {
        Path input = Files.createDirectory(dir.resolve("input"));
        Path outside = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("salaries.csv"), "x");
        Files.createSymbolicLink(input.resolve("linked"), outside);
        Fence fence = new Fence(input);
        assertFalse(fence.contains(input.resolve("linked/salaries.csv")));
        assertFalse(fence.contains(input.resolve("linked/new.csv")), "nor a file not yet there behind the link");
    }

    @Test
    void aLinkedFolderIsJudgedByWhereItLeads() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("templates"), real);
        Files.writeString(real.resolve("t.md"), "x");
        assertTrue(new Fence(link).contains(link.resolve("t.md")));
        assertTrue(Fence.around(real.resolve("t.md")).contains(real.resolve("theme.yaml")));
        assertFalse(Fence.around(real.resolve("t.md")).contains(dir.resolve("other.yaml")));
    }
}
