package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DataProblemTest {
    @Test
    void rendersFileLineColumnFieldFoundExpected() {
        assertEquals("salaries.csv:12:9: column 'base_salary': found \"abc\", expected a number",
                new DataProblem("salaries.csv", 12, 9, "base_salary", "\"abc\"", "a number").toString());
    }

    @Test
    void omitsPositionsThatDoNotApply() {
        assertEquals("skills.csv: found no such file, expected a file",
                new DataProblem("skills.csv", 0, 0, "", "no such file", "a file").toString());
    }
}
