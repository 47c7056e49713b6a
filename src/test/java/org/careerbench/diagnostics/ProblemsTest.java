package org.careerbench.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem found in one pass, reported by file and line, then counted by kind. */
class ProblemsTest {
    private static final Path A = Path.of("a.md");
    private static final Path B = Path.of("b.md");

    @Test
    void sortedByFileThenLineWithDuplicatesOnce() {
        Problems p = new Problems();
        p.add(B, 3, Problem.Kind.SYNTAX, "three");
        p.add(A, 9, Problem.Kind.UNKNOWN_KEY, "nine");
        p.add(A, 2, Problem.Kind.UNKNOWN_KEY, "two");
        p.add(A, 9, Problem.Kind.UNKNOWN_KEY, "nine");
        assertEquals(4, p.size());
        assertEquals(List.of("two", "nine", "three"), p.sorted().stream().map(Problem::message).toList());
    }

    @Test
    void theReportListsEachThenCountsByKindInTheKindsOrder() {
        Problems p = new Problems();
        p.add(A, 4, Problem.Kind.DUPLICATE, "twice");
        p.add(A, 2, Problem.Kind.SYNTAX, "broken");
        p.add(A, 5, Problem.Kind.DUPLICATE, "again");
        String nl = System.lineSeparator();
        assertEquals("a.md:2: broken" + nl + "a.md:4: twice" + nl + "a.md:5: again" + nl + nl + "3 problems:" + nl
                + "       1  syntax" + nl + "       2  duplicate", p.report());
        assertEquals(Map.of("syntax", 1, "duplicate", 2), p.countByKind());
    }

    @Test
    void oneProblemIsSingular() {
        Problems p = new Problems();
        p.add(new Problem(A, 0, Problem.Kind.FILE, "unreadable"));
        assertTrue(p.report().startsWith("a.md: unreadable"), p.report());
        assertTrue(p.report().contains("1 problem:"), p.report());
    }

    @Test
    void addAllKeepsBoth() {
        Problems first = new Problems();
        first.add(A, 1, Problem.Kind.SYNTAX, "x");
        Problems second = new Problems();
        second.add(B, 1, Problem.Kind.SYNTAX, "y");
        first.addAll(second);
        assertEquals(2, first.sorted().size());
        assertTrue(new Problems().isEmpty());
        assertEquals(false, first.isEmpty());
    }
}
