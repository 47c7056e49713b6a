package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cells of an observations table by key, and the keys a spreadsheet cannot tell apart. */
class ObservationCellsTest {
    @Test
    void aKeyIsTheValuesJoined() {
        assertEquals("Senior | US", ObservationCells.key(List.of("Senior", "US")));
        assertEquals("Senior", ObservationCells.key(List.of("Senior")));
    }

    @Test
    void keysThatDifferOnlyByCaseAreTwinsAllOfThem() {
        assertEquals(Set.of("Senior | US", "senior | us", "SENIOR | US"), ObservationCells.caseTwins(List.of(
                "Senior | US", "senior | us", "SENIOR | US", "Mid | US")));
        assertEquals(Set.of(), ObservationCells.caseTwins(List.of("Mid", "Senior", "Mid")), "the same key twice is one");
    }
}
