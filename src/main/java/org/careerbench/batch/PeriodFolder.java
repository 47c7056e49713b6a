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
 * Switches a period to a newly written run, atomically at every instant. Each run is written into its own hidden folder
 * beside the target ({@code output/.2026-11.run-…}); {@code output/2026-11} is a symbolic link to
 * the run folder, and {@link #switchTo} replaces that link by one {@code rename(2)} of a new link over
 * it. A reader of {@code output/2026-11} therefore sees the old run or the new one, complete,
 * and never nothing; the old run's folder is deleted only after the switch.
 *
 * <p>On a file system without symbolic links the target is a plain folder, replaced by two
 * renames (the old run set aside, the new one moved in): between them, for an instant, the
 * period is absent, and a crash there leaves the set-aside run, which the next run puts back.
 * A period folder written by an earlier version (a plain folder) is turned into a link by the
 * first run that replaces it, with that same instant of absence, once.
 *
 * <p>Every file-system step is announced to a {@link Steps} listener first, so a test can stop
 * the process at each step and check what a reader would see.
 */
final class PeriodFolder {
    /** Told before each file-system step of a switch; a test may stop the run there. */
    @FunctionalInterface
    interface Steps {
        /** No one listening. */
        Steps NONE = step -> { };

        void before(String step) throws IOException;
    }

    private final Path target;
    private final Steps steps;

    PeriodFolder(Path target) {
        this(target, Steps.NONE);
    }

    PeriodFolder(Path target, Steps steps) {
        this.target = target;
        this.steps = steps;
    }

    /** Creates a fresh, empty run folder beside the target. */
    Path stage() throws IOException {
        Files.createDirectories(target.getParent());
        steps.before("create the run folder");
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".run-");
        if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
            // createTempDirectory makes the folder private (rwx------); a published run is read by others too.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return staging;
    }

    /**
     * Switches the target to {@code staging}; from the moment this returns, {@code staging} is the
     * published run and must not be removed.
     *
     * @return the replaced run's folder, for {@link #removeReplaced}; empty when there was none
     */
    java.util.Optional<Path> switchTo(Path staging) throws IOException {
        Path link = target.resolveSibling("." + target.getFileName() + ".link-" + staging.getFileName());
        try {
            steps.before("create the new link");
            Files.createSymbolicLink(link, staging.getFileName());
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof java.nio.file.FileSystemException f && !(f.getReason() != null
                    && f.getReason().toLowerCase(java.util.Locale.ROOT).contains("not supported"))) {
                throw f;
            }
            return switchByRenames(staging);
        }
        java.util.Optional<String> foreign = PeriodEntry.foreign(target);
        if (foreign.isPresent()) {
            Files.deleteIfExists(link);
            throw new ForeignEntry(foreign.get());
        }
        carryOverDeliveryLog(staging);
        Path old = PeriodEntry.ownRun(target).orElse(null);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target)) {
            // A period folder of an earlier version: set it aside, once, so the link can take its place.
            Path aside = target.resolveSibling("." + target.getFileName() + ".run-legacy-" + ProcessHandle.current().pid());
            steps.before("set the earlier version's folder aside");
            move(target, aside);
            old = aside;
        }
        steps.before("switch the period to the new run");
        Files.move(link, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return old == null || old.normalize().equals(staging.normalize()) ? java.util.Optional.empty()
                : java.util.Optional.of(old);
    }

    /**
     * Copies the delivery log of the run being replaced into the new one: letters already sent stay
     * known, so a republished period with unchanged files is not sent to anyone twice.
     */
    private void carryOverDeliveryLog(Path staging) throws IOException {
        Path log = target.resolve(org.careerbench.delivery.DeliveryLog.FILE);
        if (PeriodEntry.owned(target) && Files.isRegularFile(log, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            steps.before("carry the delivery log over");
            Files.copy(log, staging.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a run folder the target no longer points to. */
    void removeReplaced(java.util.Optional<Path> old) throws IOException {
        if (old.isPresent()) {
            steps.before("delete the previous run");
            deleteTree(old.get());
        }
    }

    /** Without symbolic links: the old run set aside, the new one renamed into place. */
    private java.util.Optional<Path> switchByRenames(Path staging) throws IOException {
        java.util.Optional<String> foreign = PeriodEntry.foreign(target);
        if (foreign.isPresent()) {
            throw new ForeignEntry(foreign.get());
        }
        carryOverDeliveryLog(staging);
        Path previous = null;
        if (Files.exists(target)) {
            previous = target.resolveSibling("." + target.getFileName() + ".previous-" + ProcessHandle.current().pid());
            steps.before("set the previous run aside");
            move(target, previous);
        }
        try {
            steps.before("move the new run into place");
            move(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                move(previous, target);
            }
            throw e;
        }
        return java.util.Optional.ofNullable(previous);
    }

    /** The run folder the target's link points to, if the target is this tool's own link. */
    static java.util.Optional<Path> current(Path target) {
        return PeriodEntry.ownRun(target);
    }

    /** Something at the period's place that this tool did not make: never replaced, never deleted. */
    static final class ForeignEntry extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignEntry(String words) {
            super(words);
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

    /**
     * The periods published in {@code outputRoot} whose folder holds {@code file} (e.g. manifest.json),
     * oldest first: the {@code 2026-11} entries, links or folders, that this tool made (a link to
     * elsewhere is not read); none when the root is missing.
     */
    static java.util.TreeMap<java.time.YearMonth, Path> published(Path outputRoot, String file) throws IOException {
        java.util.TreeMap<java.time.YearMonth, Path> periods = new java.util.TreeMap<>();
        if (!Files.isDirectory(outputRoot)) {
            return periods;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(outputRoot)) {
            for (Path p : entries.toList()) {
                if (p.getFileName().toString().matches("\\d{4}-\\d{2}") && PeriodEntry.owned(p)
                        && Files.isRegularFile(p.resolve(file))) {
                    periods.put(java.time.YearMonth.parse(p.getFileName().toString()), p);
                }
            }
        }
        return periods;
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
