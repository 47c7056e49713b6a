package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a mapping's {@code file:} could name any file on the machine, and the error for one
 * that is not a CSV printed its first line (tried with the system's password file).
 */
class MappingReadsAnyFileTest {
    @TempDir
    Path dir;

    @Test
    void aFileOutsideTheInputFolderIsRefusedWithoutReadingIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path mapping = Files.writeString(in.resolve("salaries.mapping.yaml"), "file: ../secret.txt\n");
        String e = assertThrows(DataException.class, () -> new MappingLoader().load(mapping, StandardSchemas.SALARIES,
                StandardCharsets.UTF_8)).getMessage();
        assertTrue(e.contains("file '../secret.txt' is outside the input folder"), e);
        assertFalse(e.contains("root:x"), e);
        Files.writeString(mapping, "file: ../secret.txt\noutside-input: true\n");
        new MappingLoader().load(mapping, StandardSchemas.SALARIES, StandardCharsets.UTF_8);
        assertTrue(Files.exists(secret));
    }
}
