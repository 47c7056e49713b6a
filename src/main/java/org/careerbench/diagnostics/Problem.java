package org.careerbench.diagnostics;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One mistake in a file a person wrote, placed where they can fix it.
 *
 * @param file    the file at fault (a template, theme, mapping, or the data file a reference names)
 * @param line    1-based line, or 0 when the problem is the whole file
 * @param kind    what sort of mistake, for the count by kind (see {@link Kind})
 * @param message what was found, what is accepted, and "did you mean" where one is close
 */
public record Problem(Path file, int line, Kind kind, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The sorts of mistakes, each with the words the summary counts them under. */
    public enum Kind {
        /** The text is not well-formed YAML or Markdown of the expected shape. */
        SYNTAX("syntax"),
        /** A key nobody reads here. */
        UNKNOWN_KEY("unknown key"),
        /** A key of the language that does not apply to this block kind or source. */
        INAPPLICABLE_KEY("key that does not apply"),
        /** An old spelling that has a new name. */
        RENAMED("old spelling"),
        /** A required key left out. */
        MISSING_KEY("missing key"),
        /** A list where one value belongs, text where a number belongs, and so on. */
        WRONG_TYPE("wrong type"),
        /** A value outside the accepted vocabulary or range. */
        UNKNOWN_VALUE("unknown value"),
        /** Two things that must be unique share a name. */
        DUPLICATE("duplicate"),
        /** A name that the data does not have: indicator, column value, survey occupation, period. */
        DATA_REFERENCE("unknown in the data"),
        /** A file the spec names that cannot be used. */
        FILE("file"),
        /** A data warning that a strict run refuses. */
        STRICT("data warning (strict)");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How the summary names this kind, e.g. "unknown key". */
        public String words() {
            return words;
        }
    }

    /** {@code file:line: message}, or {@code file: message} for a whole-file problem. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
