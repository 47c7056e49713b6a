package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's data warnings: in the order raised, each once. */
class WarningsTest {
    @Test
    void eachWarningOnceInTheOrderFirstRaised() {
        Warnings w = new Warnings();
        w.add("b");
        w.addAll(List.of("a", "b", "c"));
        w.add("a");
        assertEquals(List.of("b", "a", "c"), w.list());
    }

    @Test
    void theListIsASnapshot() {
        Warnings w = new Warnings();
        w.add("one");
        List<String> before = w.list();
        w.add("two");
        assertEquals(List.of("one"), before);
    }
}
