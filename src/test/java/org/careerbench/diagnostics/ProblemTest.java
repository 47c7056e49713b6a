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
    void aDataValueIsPlacedByFileLineAndColumnAndSaysWhatWasFoundAndExpected() {
        Problem p = Problem.inData("salaries.csv", 12, 9, "base_salary", "\"abc\"", "a number");
        assertEquals("salaries.csv:12:9: column 'base_salary': found \"abc\", expected a number", p.toString());
        assertEquals(Problem.Kind.DATA_VALUE, p.kind());
        assertEquals("salaries.csv, column 'base_salary': expected a number", p.tally());
    }

    @Test
    void aDataProblemLeavesOutPositionsThatDoNotApply() {
        assertEquals("skills.csv: found no such file, expected a file",
                Problem.inData("skills.csv", 0, 0, "", "no such file", "a file").toString());
        Problem said = Problem.inData("roster.csv", 4, 0, "", "duplicate key 'E1' in rows 2 and 4", "");
        assertEquals("roster.csv:4: duplicate key 'E1' in rows 2 and 4", said.toString());
        assertEquals("roster.csv: duplicate key 'E1'", said.tally());
    }

    @Test
    void aTemplateProblemIsCountedUnderItsKind() {
        assertEquals("unknown key", new Problem(Path.of("t.md"), 3, Problem.Kind.UNKNOWN_KEY, "m").tally());
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
