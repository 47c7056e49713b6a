package org.careerbench.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What stands at a period's place in the output folder ({@code output/2026-11}), judged before a
 * run touches it. A run may replace or delete only what this tool created there:
 * <ul>
 *   <li>nothing at all;</li>
 *   <li>a link whose text is one bare name {@code .2026-11.run-…} — a run folder beside it, in the
 *       same output folder — and that folder a real folder, not itself a link;</li>
 *   <li>a plain folder holding a {@code manifest.json}, as versions before links wrote them.</li>
 * </ul>
 * Anything else — a link to another place ({@code /tmp/archive}, {@code ../elsewhere}), a link to a
 * file, a plain file, a folder without a manifest — is the user's, and {@link #foreign} says so in
 * words, so the run can refuse before it reads anything.
 */
final class PeriodEntry {
    private PeriodEntry() {
    }

    /**
     * @param target the period's place, e.g. {@code output/2026-11}
     * @return why the run must not replace {@code target}, as a sentence naming it; empty when the
     *         place is empty or holds this tool's own run
     */
    static Optional<String> foreign(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isSymbolicLink(target)) {
            Optional<Path> run = ownRun(target);
            if (run.isPresent()) {
                return Optional.empty();
            }
            return Optional.of(target + " is a link this tool did not make (to " + linkText(target)
                    + "); a run replaces only its own run folders in the output folder");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(target + " is a file this tool did not write; a run replaces only its own run folders");
        }
        if (!ManifestFile.isIn(target)) {
            return Optional.of(target + " is a folder this tool did not write (it holds no manifest.json); a run "
                    + "replaces only its own run folders");
        }
        return Optional.empty();
    }

    /** True when {@code target} is absent or this tool's own. */
    static boolean owned(Path target) {
        return foreign(target).isEmpty();
    }

    /**
     * The run folder a period's link points to, when the link is this tool's own: its text one bare
     * name {@code .<period>.run-…} and the folder beside it real (or gone).
     */
    static Optional<Path> ownRun(Path target) {
        try {
            if (!Files.isSymbolicLink(target)) {
                return Optional.empty();
            }
            Path text = Files.readSymbolicLink(target);
            String name = text.toString();
            String expected = "." + target.getFileName() + ".run-";
            if (text.isAbsolute() || text.getNameCount() != 1 || !name.startsWith(expected)
                    || !RUN_NAME.matcher(name.substring(expected.length())).matches()) {
                return Optional.empty();
            }
            Path run = target.resolveSibling(text).normalize();
            if (Files.exists(run, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(run, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(run);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** What a run folder's name may hold after {@code .run-}: createTempDirectory's digits, or legacy-pid. */
    private static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a place that cannot be read";
        }
    }
}
