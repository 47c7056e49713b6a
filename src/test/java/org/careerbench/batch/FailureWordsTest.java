package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a full disk reached the user as "ExceptionConverter: java.io.IOException: No space
 * left on device", a read-only one as "java.nio.file.FileSystemException: …: Read-only file
 * system".
 */
class FailureWordsTest {
    @Test
    void aFullDiskWrappedByALibraryIsSaidWithItsCauseOnly() {
        RuntimeException converter = new RuntimeException("java.io.IOException: No space left on device",
                new IOException("No space left on device"));
        assertEquals("No space left on device", FailureWords.of(converter));
    }

    @Test
    void aFileSystemFailureNamesItsPathAndReason() {
        String words = FailureWords.of(new FileSystemException("output/.2026-11.staging-1/a.pdf", null,
                "Read-only file system"));
        assertEquals("output/.2026-11.staging-1/a.pdf: Read-only file system", words);
    }

    @Test
    void aMessageNamingJavaClassesIsNotShown() {
        String words = FailureWords.of(new IllegalStateException("java.lang.Foo broke in org.apache.poi.Bar"));
        assertFalse(words.contains("java.") || words.contains("org."), words);
    }
}
