package org.careerbench.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** One mistake, placed where a person can fix it. */
class ProblemTest {
    @Test
    void placedByFileAndLine() {
        assertEquals("templates/t.md:12: unknown key 'titel'", new Problem(Path.of("templates/t.md"), 12,
                Problem.Kind.UNKNOWN_KEY, "unknown key 'titel'").toString());
    }

    @Test
    void aWholeFileProblemHasNoLine() {
        assertEquals("theme.yaml: cannot be read", new Problem(Path.of("theme.yaml"), 0, Problem.Kind.FILE,
                "cannot be read").toString());
    }

    @Test
    void everyKindHasWordsOfItsOwn() {
        var words = Arrays.stream(Problem.Kind.values()).map(Problem.Kind::words).toList();
        assertEquals(words.size(), new HashSet<>(words).size(), words.toString());
        assertEquals("unknown in the data", Problem.Kind.DATA_REFERENCE.words());
    }

    @Test
    void nothingMayBeMissing() {
        assertThrows(NullPointerException.class, () -> new Problem(null, 1, Problem.Kind.SYNTAX, "m"));
        assertThrows(NullPointerException.class, () -> new Problem(Path.of("a"), 1, null, "m"));
        assertThrows(NullPointerException.class, () -> new Problem(Path.of("a"), 1, Problem.Kind.SYNTAX, null));
    }
}
