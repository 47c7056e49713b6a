package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupBlockTest {
    @Test
    void itsAnswersCannotChangeAfterItIsMade() {
        TableBlock t = new TableBlock("B", "", List.of(TableColumn.of("Level", ValueType.TEXT),
                TableColumn.of("n", ValueType.INTEGER)), List.of(List.of("Mid", 3)), List.of());
        List<Integer> answers = new ArrayList<>(List.of(1));
        LookupBlock l = new LookupBlock("Look up", t, 1, answers, "Pick");
        answers.add(0);
        assertEquals(List.of(1), l.answers());
        assertThrows(UnsupportedOperationException.class, () -> l.answers().add(2));
    }
}
