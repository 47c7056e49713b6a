package org.careerbench.stats;

import static org.careerbench.stats.ComplementarySuppression.BASE;
import static org.careerbench.stats.ComplementarySuppression.BONUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.careerbench.stats.ComplementarySuppression.Cell;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {
    private static BitSet range(int from, int to) {
        BitSet b = new BitSet();
        b.set(from, to);
        return b;
    }

    private static Cell published(int from, int to) {
        return new Cell(range(from, to), BASE, false);
    }

    private static Cell withheld(int from, int to) {
        return new Cell(range(from, to), BASE, true);
    }

    @Test
    void aTotalAndAllButOnePartGiveTheLastPartAway() {
        // Total 0..19; parts A 0..2 (withheld, n = 3), B 3..9, C 10..19.
        List<Cell> cells = List.of(published(0, 20), withheld(0, 3), published(3, 10), published(10, 20));
        assertEquals(List.of(1), ComplementarySuppression.disclosed(cells, new BitSet()));
        // The smallest other part is withheld with it, not the total.
        assertEquals(Set.of(2), ComplementarySuppression.secondary(cells, new BitSet()));
    }

    @Test
    void withoutTheTotalNothingIsGivenAway() {
        List<Cell> cells = List.of(withheld(0, 3), published(3, 10), published(10, 20));
        assertEquals(List.of(), ComplementarySuppression.disclosed(cells, new BitSet()));
        assertEquals(Set.of(), ComplementarySuppression.secondary(cells, new BitSet()));
    }

    @Test
    void aTwoWayTableNeedsTheClassicFourCellPattern() {
        // Rows r0, r1 and columns c0, c1 of a 2×2 table with row and column totals; r0c0 withheld.
        // Observations: r0c0 = 0..2, r0c1 = 3..9, r1c0 = 10..19, r1c1 = 20..29.
        BitSet r0 = range(0, 10);
        BitSet r1 = range(10, 30);
        BitSet c0 = range(0, 3);
        c0.or(range(10, 20));
        BitSet c1 = range(3, 10);
        c1.or(range(20, 30));
        List<Cell> cells = new ArrayList<>(List.of(withheld(0, 3), published(3, 10), published(10, 20),
                published(20, 30), new Cell(r0, BASE, false), new Cell(r1, BASE, false), new Cell(c0, BASE, false),
                new Cell(c1, BASE, false)));
        Set<Integer> secondary = ComplementarySuppression.secondary(cells, new BitSet());
        assertTrue(secondary.size() >= 3, "one in its row, one in its column, one to close the square: " + secondary);
        List<Cell> after = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            after.add(new Cell(c.members(), c.components(), c.withheld() || secondary.contains(i)));
        }
        assertEquals(List.of(), ComplementarySuppression.disclosed(after, new BitSet()));
    }

    @Test
    void aTotalCashMeanBesideABaseMeanGivesTheBonusAway() {
        List<Cell> cells = List.of(new Cell(range(0, 8), BASE | BONUS, false), new Cell(range(0, 8), BASE, false),
                new Cell(range(0, 8), BONUS, true));
        assertEquals(List.of(2), ComplementarySuppression.disclosed(cells, new BitSet()));
    }

    @Test
    void salariesShownRowByRowCountAsPublished() {
        // Rows 3..19 are shown one by one: the total then gives the withheld part away.
        List<Cell> cells = List.of(published(0, 20), withheld(0, 3));
        assertEquals(List.of(1), ComplementarySuppression.disclosed(cells, range(3, 20)));
        // Nothing published can be withheld to help but the total itself.
        assertEquals(Set.of(0), ComplementarySuppression.secondary(cells, range(3, 20)));
        // A withheld cell whose own rows are all shown has nothing left to protect.
        assertEquals(List.of(), ComplementarySuppression.disclosed(List.of(withheld(0, 3)), range(0, 3)));
    }

    @Test
    void afterSecondarySuppressionNoWithheldCellFollowsOnRandomHierarchies() {
        Random random = new Random(25);
        for (int round = 0; round < 200; round++) {
            List<Cell> cells = new ArrayList<>();
            int parts = 2 + random.nextInt(5);
            int at = 0;
            List<int[]> bounds = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                int size = 1 + random.nextInt(9);
                bounds.add(new int[] {at, at + size});
                cells.add(new Cell(range(at, at + size), BASE, size < 5));
                at += size;
            }
            cells.add(published(0, at));
            // A second grouping across the first: halves of the observations.
            cells.add(new Cell(range(0, at / 2), BASE, at / 2 < 5));
            cells.add(new Cell(range(at / 2, at), BASE, at - at / 2 < 5));
            Set<Integer> secondary = ComplementarySuppression.secondary(cells, new BitSet());
            List<Cell> after = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                after.add(new Cell(c.members(), c.components(), c.withheld() || secondary.contains(i)));
            }
            assertEquals(List.of(), ComplementarySuppression.disclosed(after, new BitSet()), "round " + round);
        }
    }

    @Test
    void modularArithmeticMultipliesExactly() {
        long p = (1L << 61) - 1;
        long a = p - 2;
        long b = p - 3;
        // (-2)·(-3) = 6 modulo p.
        assertEquals(6, ComplementarySuppression.multiply(a, b));
        assertEquals(java.math.BigInteger.valueOf(123456789012345L).multiply(java.math.BigInteger.valueOf(987654321098L))
                .mod(java.math.BigInteger.valueOf(p)).longValueExact(),
                ComplementarySuppression.multiply(123456789012345L, 987654321098L));
    }
}
