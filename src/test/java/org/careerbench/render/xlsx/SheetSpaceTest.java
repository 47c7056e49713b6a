package org.careerbench.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cell areas a sheet has given away, so that a chart is anchored only where nothing is. */
class SheetSpaceTest {
    @Test
    void areasOverlapWhenTheyShareACellCornersIncluded() {
        SheetSpace.Area table = new SheetSpace.Area(0, 9, 0, 4);
        assertTrue(table.overlaps(new SheetSpace.Area(9, 12, 4, 8)), "the corner cell");
        assertFalse(table.overlaps(new SheetSpace.Area(10, 12, 0, 4)), "the row below");
        assertFalse(table.overlaps(new SheetSpace.Area(0, 9, 5, 8)), "the column beside");
        assertTrue(new SheetSpace.Area(2, 3, 1, 1).overlaps(table), "inside");
    }

    @Test
    void theFirstFreeRowSkipsEveryAreaInTheWay() {
        SheetSpace space = new SheetSpace();
        space.take(new SheetSpace.Area(0, 9, 0, 4));
        space.take(new SheetSpace.Area(10, 14, 2, 6));
        space.take(new SheetSpace.Area(30, 40, 0, 0));
        assertEquals(15, space.firstFreeRow(0, 5, 0, 6));
        assertEquals(15, space.firstFreeRow(0, 15, 1, 6), "columns 1–6 are free from row 15 on");
        assertEquals(41, space.firstFreeRow(0, 20, 0, 6), "twenty rows do not fit before row 30");
        assertEquals(0, space.firstFreeRow(0, 50, 8, 12), "other columns are free from the top");
    }

    @Test
    void aFreeAreaIsFreeUntilTaken() {
        SheetSpace space = new SheetSpace();
        SheetSpace.Area chart = new SheetSpace.Area(5, 20, 6, 14);
        assertTrue(space.free(chart));
        space.take(chart);
        assertFalse(space.free(new SheetSpace.Area(20, 21, 14, 15)));
        assertTrue(space.free(new SheetSpace.Area(21, 30, 6, 14)));
        assertEquals(21, space.firstFreeRow(5, 0, 10, 10), "zero rows count as one");
    }
}
