package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An I/O failure in a user's words: what happened to which file, never a Java class name. */
class IoWordsTest {
    @TempDir
    Path dir;

    @Test
    void eachKindOfFailureNamesTheFileAndWhatWentWrong() {
        assertEquals("no such file or folder: out/2026-11", IoWords.of(new NoSuchFileException("out/2026-11")));
        assertEquals("input is a file, expected a folder", IoWords.of(new NotDirectoryException("input")));
        assertEquals("permission denied: output", IoWords.of(new AccessDeniedException("output")));
        assertEquals("output: No space left on device", IoWords.of(new FileSystemException("output", null,
                "No space left on device")));
        assertEquals("cannot be used", IoWords.of(new FileSystemException(null)));
        assertEquals("an input/output error", IoWords.of(new IOException()));
        assertEquals("Stream closed", IoWords.of(new IOException("Stream closed")));
    }

    @Test
    void aRealFailureOfTheFileSystemReadsAsWords() throws Exception {
        Path file = Files.writeString(dir.resolve("input"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.list(file.resolve("salaries.csv")));
        String words = IoWords.of(e);
        assertTrue(words.contains("input"), words);
        assertFalse(words.contains("Exception") || words.contains("java."), words);
    }
}
