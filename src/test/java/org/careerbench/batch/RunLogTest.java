package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a run reports what it does. */
class RunLogTest {
    @Test
    void linesCarryInfoAndWarningsOnlyEachOnOneLine() {
        List<String> lines = new ArrayList<>();
        RunLog log = RunLog.lines(lines::add);
        log.info("Read 8 input files");
        log.warn("salaries.csv: 2 rows dropped");
        log.debug("detail");
        log.progress("rendering", 3, 7);
        assertEquals(List.of("Read 8 input files", "warning: salaries.csv: 2 rows dropped"), lines);
    }
}
