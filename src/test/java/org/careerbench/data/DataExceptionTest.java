package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.junit.jupiter.api.Test;

/** Every problem of the input at once, and their count by kind. */
class DataExceptionTest {
    @Test
    void theMessageListsEveryProblemAndTheSummaryCountsThemByKind() {
        DataException e = new DataException(List.of(
                Problem.inData("salaries.csv", 4, 9, "base_salary", "\"n/a\"", "a number"),
                Problem.inData("salaries.csv", 7, 9, "base_salary", "\"12k\"", "a number"),
                Problem.inData("market.csv", 2, 2, "year", "\"soon\"", "a whole number")));
        assertEquals(3, e.getMessage().lines().count());
        assertEquals(Map.of("salaries.csv, column 'base_salary': expected a number", 2,
                "market.csv, column 'year': expected a whole number", 1), e.summary());
    }

    @Test
    void aHandWrittenFilesProblemsBecomeOneException() throws DataException {
        Problems problems = new Problems();
        DataException.throwIfAny(problems);
        problems.add(Path.of("quality.yaml"), 3, Problem.Kind.UNKNOWN_KEY, "unknown key 'flor'");
        DataException e = assertThrows(DataException.class, () -> DataException.throwIfAny(problems));
        assertEquals("quality.yaml:3: unknown key 'flor'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataException(List.of()));
    }
}
