package org.careerbench.batch;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A failure during a run in a user's words: the first I/O cause in the chain (a library may wrap
 * it, as OpenPDF's ExceptionConverter does "No space left on device") named with its path, never
 * a Java class name or a stack trace.
 */
final class FailureWords {
    private FailureWords() {
    }

    static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                return IoWords.of(u.getCause());
            }
            if (t instanceof IOException io) {
                return IoWords.of(io);
            }
        }
        String message = e.getMessage();
        return message == null || message.isBlank() || message.matches(".*\\b(java|javax|com|org)\\.[a-z]+\\..*")
                ? "an internal error while writing (run with --verbose for the details)" : message;
    }
}
