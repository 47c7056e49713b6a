package org.careerbench.stats;

import static org.careerbench.stats.PayGaps.Sex.FEMALE;
import static org.careerbench.stats.PayGaps.Sex.MALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careerbench.stats.PayGaps.Worker;
import org.junit.jupiter.api.Test;

/**
 * Issue 30: a roster of twelve worked by hand. Full-time is 2,080 hours a year; each worker's pay
 * is chosen so that hourly pay is a round number:
 *
 * <pre>
 *        cat  basic    variable hours  hourly total  basic hourly
 * W1     A    41,600        0   2080   20            20
 * W2     A    49,920    2,080   2080   25            24
 * W3     A    52,000        0   2080   25            25
 * W4     B    79,040    4,160   2080   40            38
 * W5     B    31,200        0   1040   30            30   (part-time)
 * W6     C    72,800        0   2080   35            35   (category C: women only)
 * M1     A    52,000        0   2080   25            25   (ties W2 and W3 at 25)
 * M2     A    54,080    2,080   2080   27            26
 * M3     B    83,200    8,320   2080   44            40
 * M4     B    93,600        0   2080   45            45
 * M5     D    62,400        0   2080   30            30   (ties W5 at 30; category D: men only)
 * M6     D   104,000   10,400   2080   55            50
 * </pre>
 */
class PayGapsTest {
    static final List<Worker> TWELVE = List.of(
            new Worker(FEMALE, "A", 41_600, 0, 2080), new Worker(FEMALE, "A", 49_920, 2_080, 2080),
            new Worker(FEMALE, "A", 52_000, 0, 2080), new Worker(FEMALE, "B", 79_040, 4_160, 2080),
            new Worker(FEMALE, "B", 31_200, 0, 1040), new Worker(FEMALE, "C", 72_800, 0, 2080),
            new Worker(MALE, "A", 52_000, 0, 2080), new Worker(MALE, "A", 54_080, 2_080, 2080),
            new Worker(MALE, "B", 83_200, 8_320, 2080), new Worker(MALE, "B", 93_600, 0, 2080),
            new Worker(MALE, "D", 62_400, 0, 2080), new Worker(MALE, "D", 104_000, 10_400, 2080));

    private static void near(double expected, OptionalDouble actual, String what) {
        assertTrue(actual.isPresent(), what + " is published");
        assertEquals(expected, actual.getAsDouble(), 1e-12, what);
    }

    @Test
    void theHandWorkedRostersGaps() {
        PayGaps.Gaps g = PayGaps.gaps(TWELVE);
        assertEquals(6, g.women());
        assertEquals(6, g.men());
        // Hourly: women 20+25+25+40+30+35 = 175, men 25+27+44+45+30+55 = 226 (six each).
        near(51.0 / 226, g.meanGap(), "mean gap");
        // Medians: women 20,25,25,30,35,40 -> 27.5; men 25,27,30,44,45,55 -> 37.
        near(9.5 / 37, g.medianGap(), "median gap");
        // Variable pay among those receiving it: women 2,080 and 4,160 (mean and median 3,120);
        // men 2,080, 8,320, 10,400 (mean 20,800/3, median 8,320).
        near(1 - 3_120 * 3 / 20_800.0, g.meanVariableGap(), "mean variable gap");
        near(5_200 / 8_320.0, g.medianVariableGap(), "median variable gap");
        near(2 / 6.0, g.womenReceiving(), "women receiving");
        near(3 / 6.0, g.menReceiving(), "men receiving");
        // Basic hourly: women 20+24+25+38+30+35 = 172, men 25+26+40+45+30+50 = 216.
        near(44 / 216.0, g.meanBasicGap(), "mean basic gap");
    }

    @Test
    void quartileBandsCutThroughTiesInProportion() {
        List<List<Worker>> bands = PayGaps.quartileBands(TWELVE);
        // Ranked: 20 W1 | 25 W M W (a tie of two women and a man across the first cut) | 27 M2 |
        // 30 W5 M5 (a tie across the second cut) | 35 W6 | 40 W4 | 44 M3 | 45 M4 | 55 M6; three a band.
        assertEquals(List.of(2, 2, 2, 0), bands.stream().map(b -> (int) b.stream().filter(w -> w.sex() == FEMALE)
                .count()).toList());
        assertEquals(List.of(3, 3, 3, 3), bands.stream().map(List::size).toList());
        assertEquals(List.of(20.0, 25.0, 25.0), bands.get(0).stream().map(Worker::hourlyPay).toList());
        assertEquals(List.of(FEMALE, FEMALE, MALE), bands.get(0).stream().map(Worker::sex).toList(),
                "the first band holds W1, then one woman and the man of the tie: two of its three places go to the "
                + "tie's two women and one man in proportion, one woman moves up");
        assertEquals(List.of(25.0, 27.0, 30.0), bands.get(1).stream().map(Worker::hourlyPay).toList());
        assertEquals(FEMALE, bands.get(1).get(2).sex(), "of the tie at 30, the woman falls below the cut");
        assertEquals(MALE, bands.get(2).get(0).sex());
    }

    @Test
    void eachWorkersRankIsTheirPlaceWithTiesSpreadInProportion() {
        // Ranked: 20 W1 (1) | 25: W2 (2), M1 (3), W3 (4) | 27 M2 (5) | 30: W5 (6), M5 (7) | 35 W6 (8) | 40 W4 (9) |
        // 44 M3 (10) | 45 M4 (11) | 55 M6 (12). The tie at 25 (two women, a man; h = 1): the first woman takes
        // place ceil((3 - 1) / 2) = 1 of the run, the second ceil((6 - 1) / 2) = 3, the man floor(1 / 1) + 1 = 2.
        assertEquals(List.of(1, 2, 4, 9, 6, 8, 3, 5, 10, 11, 7, 12),
                java.util.Arrays.stream(PayGaps.ranks(TWELVE, PayGaps.Rules.EU)).boxed().toList());
        assertEquals(new PayGaps.Standing(1, 3, 2, 1, 4), PayGaps.standings(TWELVE, PayGaps.Rules.EU).get(2),
                "W3: one paid less, three on 25 of whom two women, one woman above her");
        assertEquals(new PayGaps.Standing(1, 3, 2, 0, 3), PayGaps.standings(TWELVE, PayGaps.Rules.EU).get(6), "M1");
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4), java.util.stream.IntStream.rangeClosed(1, 12)
                .map(r -> PayGaps.band(r, 12)).boxed().toList());
        assertEquals(List.of(1, 1, 2, 2, 3, 3, 4), java.util.stream.IntStream.rangeClosed(1, 7)
                .map(r -> PayGaps.band(r, 7)).boxed().toList(), "seven: bands of 2, 2, 2 and 1");
    }

    @Test
    void eachCategoryHasItsGapsAndACategoryWithOneSexHasNone() {
        Map<String, PayGaps.Gaps> c = PayGaps.byCategory(TWELVE);
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(c.keySet()));
        // A: women 20, 25, 25 (mean 70/3), men 25, 27 (26); basic women 20, 24, 25 (23), men 25, 26 (25.5).
        near(8 / 78.0, c.get("A").meanGap(), "A total");
        near(2.5 / 25.5, c.get("A").meanBasicGap(), "A basic");
        near(0, c.get("A").meanVariableGap(), "A variable: 2,080 each");
        // B: women 40, 30 (35), men 44, 45 (44.5); basic 38, 30 (34) and 40, 45 (42.5); variable 4,160 v 8,320.
        near(9.5 / 44.5, c.get("B").meanGap(), "B total");
        near(8.5 / 42.5, c.get("B").meanBasicGap(), "B basic");
        near(0.5, c.get("B").meanVariableGap(), "B variable");
        assertEquals(1, c.get("C").women());
        assertTrue(c.get("C").meanGap().isEmpty() && c.get("C").meanBasicGap().isEmpty(), "no men in C: no gap");
        assertTrue(c.get("D").meanGap().isEmpty(), "no women in D: no gap");
        assertTrue(c.get("D").womenReceiving().isEmpty(), "no share of no women");
    }

    @Test
    void underUkRulesHourlyPayIsTheBasicPayAndTheBandsFollowIt() {
        PayGaps.Gaps g = PayGaps.gaps(TWELVE, PayGaps.Rules.UK);
        // Basic hourly: women 20, 24, 25, 38, 30, 35 (172); men 25, 26, 40, 45, 30, 50 (216).
        near(44 / 216.0, g.meanGap(), "UK mean gap");
        // Medians: women 20,24,25,30,35,38 -> 27.5; men 25,26,30,40,45,50 -> 35.
        near(7.5 / 35, g.medianGap(), "UK median gap");
        near(1 - 3_120 * 3 / 20_800.0, g.meanVariableGap(), "the bonus gap is the same as the variable pay gap");
        // Ranked by basic hourly: 20 W, 24 W, 25 W M (tie), 26 M, 30 W M (tie), 35 W, 38 W, 40 M, 45 M, 50 M.
        assertEquals(List.of(3, 1, 2, 0), PayGaps.quartileBands(TWELVE, PayGaps.Rules.UK).stream()
                .map(b -> (int) b.stream().filter(w -> w.sex() == FEMALE).count()).toList());
    }

    @Test
    void nobodyReceivingVariablePayGivesNoVariableGapAndZeroShares() {
        List<Worker> none = TWELVE.stream().map(w -> new Worker(w.sex(), w.category(), w.basicPay(), 0, w.hours()))
                .toList();
        PayGaps.Gaps g = PayGaps.gaps(none);
        assertTrue(g.meanVariableGap().isEmpty() && g.medianVariableGap().isEmpty());
        near(0, g.womenReceiving(), "no woman receives");
        near(0, g.menReceiving(), "no man receives");
    }

    @Provide
    Arbitrary<List<Worker>> rosters() {
        Arbitrary<Worker> worker = Combinators.combine(Arbitraries.of(FEMALE, MALE), Arbitraries.of("A", "B"),
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 2))
                .as((sex, cat, pay, bonus) -> new Worker(sex, cat, pay * 10_000.0, bonus * 1_000.0, 2080));
        return worker.list().ofMinSize(1).ofMaxSize(60);
    }

    /**
     * The closed form the workbook's formulas use places every worker where the step-by-step rule
     * does: walk the run's places in order and give each to a woman while the women placed so far
     * are behind their share of the places so far, rounded half up.
     */
    @Property(tries = 500)
    void theClosedFormRanksEqualTheStepByStepSpreadOfTies(@ForAll("rosters") List<Worker> roster) {
        List<Worker> stepByStep = new ArrayList<>();
        List<Worker> sorted = new ArrayList<>(roster);
        sorted.sort(java.util.Comparator.comparingDouble(Worker::hourlyPay));
        for (int i = 0; i < sorted.size();) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).hourlyPay() == sorted.get(i).hourlyPay()) {
                j++;
            }
            List<Worker> run = sorted.subList(i, j);
            List<Worker> women = run.stream().filter(w -> w.sex() == FEMALE).toList();
            List<Worker> men = run.stream().filter(w -> w.sex() == MALE).toList();
            int f = 0;
            int m = 0;
            for (int place = 1; place <= run.size(); place++) {
                boolean behind = 2L * (f + 1) * run.size() <= 2L * women.size() * place + run.size();
                boolean woman = m == men.size() || f < women.size() && behind;
                stepByStep.add(woman ? women.get(f++) : men.get(m++));
            }
            i = j;
        }
        int[] rank = PayGaps.ranks(roster, PayGaps.Rules.EU);
        for (int i = 0; i < roster.size(); i++) {
            assertTrue(stepByStep.get(rank[i] - 1) == roster.get(i), "worker " + i + " at rank " + rank[i]);
        }
    }

    @Property(tries = 500)
    void quartileBandsAlwaysPartitionTheRoster(@ForAll("rosters") List<Worker> roster) {
        List<List<Worker>> bands = PayGaps.quartileBands(roster);
        assertEquals(4, bands.size());
        List<Worker> all = new ArrayList<>();
        bands.forEach(all::addAll);
        assertEquals(roster.size(), all.size(), "every worker in a band, none twice");
        Set<Integer> identities = new HashSet<>();
        all.forEach(w -> identities.add(System.identityHashCode(w)));
        assertEquals(roster.size(), identities.size(), "no worker twice");
        int min = bands.stream().mapToInt(List::size).min().orElseThrow();
        int max = bands.stream().mapToInt(List::size).max().orElseThrow();
        assertTrue(max - min <= 1, "band sizes differ by at most one");
        for (int q = 0; q + 1 < 4; q++) {
            double top = bands.get(q).stream().mapToDouble(Worker::hourlyPay).max().orElse(Double.NEGATIVE_INFINITY);
            double bottom = bands.get(q + 1).stream().mapToDouble(Worker::hourlyPay).min()
                    .orElse(Double.POSITIVE_INFINITY);
            assertTrue(top <= bottom, "a higher band is never paid less");
        }
    }
}
