package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Publishes a run atomically: files are written into a hidden staging folder beside the
 * target ({@code output/.2026-11.staging-…}), then the folder is renamed into place. A
 * replaced run is first renamed aside and deleted only once the new one is in place, so
 * a crash at any moment leaves either the old run or the new one at {@code output/<period>}.
 */
final class PeriodFolder {
    private final Path target;

    PeriodFolder(Path target) {
        this.target = target;
    }

    /** Creates a fresh, empty staging folder beside the target. */
    Path stage() throws IOException {
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
        if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
            // createTempDirectory makes the folder private (rwx------); a published run is read by others too.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return staging;
    }

    /** Moves {@code staging} to the target, replacing a previous run. */
    void publish(Path staging) throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = target.resolveSibling("." + target.getFileName() + ".previous-" + ProcessHandle.current().pid());
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, target);
            }
            throw e;
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically: both must be on one "
                    + "file system", e);
        }
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
