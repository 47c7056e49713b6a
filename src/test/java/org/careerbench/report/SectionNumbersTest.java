package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionNumbersTest {
    private static Section at(int level) {
        return new Section("s", level, List.of());
    }

    @Test
    void chaptersAndTheirSubsectionsAreNumberedInOrder() {
        assertEquals(List.of("1.", "1.1.", "1.2.", "2.", "3.", "3.1."),
                SectionNumbers.of(List.of(at(1), at(2), at(2), at(1), at(1), at(2))));
    }

    @Test
    void aSubsectionBeforeAnyChapterNeverSharesANumber() {
        assertEquals(List.of("1.1.", "1.2.", "2.", "2.1."), SectionNumbers.of(List.of(at(2), at(2), at(1), at(2))));
    }
}
