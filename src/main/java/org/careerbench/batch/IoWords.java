package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure in a user's words: what happened to which file, never a Java class name. */
public final class IoWords {
    private IoWords() {
    }

    /** An I/O failure in words, never a class name. */
    public static String of(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is a file, expected a folder";
        }
        if (e instanceof AccessDeniedException n) {
            return "permission denied: " + n.getFile();
        }
        if (e instanceof FileSystemException f) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + (f.getReason() == null ? "cannot be used"
                    : f.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an input/output error" : message;
    }
}
