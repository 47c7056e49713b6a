package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The pre-flight check of the output folder, before anything is read or written: it must be a
 * folder (or a path where one can be created), writable, with room for a run and a margin. A
 * failure is a sentence and exit 2, never a stack trace halfway through a run.
 */
final class OutputFolder {
    /** Room kept free beyond the run's estimate. */
    static final long MARGIN = 64L << 20;

    private OutputFolder() {
    }

    /**
     * @param root          the {@code --output} folder
     * @param expectedBytes what the run will write, estimated
     * @throws RunFailure of kind BAD_INPUT, in words, when the folder cannot take a run
     */
    static void check(Path root, long expectedBytes) throws RunFailure {
        check(root, expectedBytes, Files::isWritable);
    }

    /**
     * {@link #check(Path, long)} asking {@code writable} whether a folder can be written — the seam a
     * test uses, since a test run as root may write into any folder, read-only or not.
     */
    static void check(Path root, long expectedBytes, java.util.function.Predicate<Path> writable) throws RunFailure {
        Path existing = root.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw refuse(root + " cannot be created: none of its parent folders exists");
        }
        if (!Files.isDirectory(existing)) {
            throw refuse(existing.equals(root.toAbsolutePath()) ? "--output " + root + " is a file, expected a folder"
                    : root + " cannot be created: " + existing + " is a file, expected a folder");
        }
        if (!writable.test(existing)) {
            throw refuse((existing.equals(root.toAbsolutePath()) ? "--output " + root : root + "'s parent " + existing)
                    + " is not writable (read-only, or no permission); a run needs to write there");
        }
        try {
            FileStore store = Files.getFileStore(existing);
            long free = store.getUsableSpace();
            if (free < expectedBytes + MARGIN) {
                throw refuse(String.format(Locale.ROOT, "%s has %,d MB free; a run needs about %,d MB (its files "
                        + "and a margin of %d MB)", existing, free >> 20, (expectedBytes + MARGIN) >> 20, MARGIN >> 20));
            }
        } catch (IOException e) {
            throw refuse("cannot tell how much room " + existing + " has: " + IoWords.of(e));
        }
    }

    /**
     * Refuses a period whose place holds something this tool did not make (a link to elsewhere, a
     * file, a foreign folder): a run never replaces or deletes it.
     *
     * @throws RunFailure of kind BAD_INPUT naming the place and what to do
     */
    static void checkPeriod(Path periodFolder) throws RunFailure {
        java.util.Optional<String> foreign = PeriodEntry.foreign(periodFolder);
        if (foreign.isPresent()) {
            throw refuse(foreign.get() + "; move it away or choose another --output");
        }
    }

    private static RunFailure refuse(String words) {
        return new RunFailure(RunFailure.Kind.BAD_INPUT, words + "; nothing was written", null);
    }
}
