package org.careerbench.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 13: "1 rows", "1 problems". */
class PluralTest {
    @Test
    void oneIsSingularAndTheRestPlural() {
        assertEquals("1 row", Plural.of(1, "row"));
        assertEquals("0 rows", Plural.of(0, "row"));
        assertEquals("2,122 rows", Plural.of(2122, "row"));
    }

    @Test
    void oneProblemIsReportedAsOne() {
        Problems problems = new Problems();
        problems.add(java.nio.file.Path.of("t.md"), 3, Problem.Kind.UNKNOWN_KEY, "unknown key 'x'");
        assertEquals(true, problems.report().contains("1 problem:"));
    }
}
