package org.careerbench.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The gender pay gap statistics of Directive (EU) 2023/970, Article 9(1)(a)–(g), as pure
 * functions of a list of workers; the quartile pay bands follow the UK regulations' ordering
 * (Equality Act 2010 (Gender Pay Gap Information) Regulations 2017).
 *
 * <p>Definitions, each a share of the men's figure, so a positive gap means women are paid less:
 * <ul>
 * <li>pay gap (mean, median): of gross hourly pay, basic plus complementary or variable pay,
 *     over the hours the worker is paid for;</li>
 * <li>complementary or variable pay gap (mean, median): of the annual amounts, among the workers
 *     who received any (the UK's rule for the bonus gap);</li>
 * <li>receiving: the share of women, and of men, who received complementary or variable pay;</li>
 * <li>quartile pay bands: workers ranked by hourly pay, lowest first, cut into four bands whose
 *     sizes differ by at most one (band of the i-th of n, from 0: ⌊4i/n⌋); workers on the same
 *     hourly pay across a cut are ordered so that women and men spread over it in proportion
 *     (the UK guidance);</li>
 * <li>by category of worker: the mean gaps of basic hourly pay, of complementary or variable
 *     (annual) pay and of total hourly pay, within each category.</li>
 * </ul>
 * A gap needs both women and men (and a men's figure above zero); otherwise it is empty, never 0.
 */
public final class PayGaps {
    private PayGaps() {
    }

    /**
     * Whose definitions of hourly pay apply. {@code EU}: basic plus complementary or variable pay
     * over the hours (Directive (EU) 2023/970, Article 3). {@code UK}: ordinary pay over the hours —
     * here the basic pay, variable pay counting as bonus pay (the 2017 Regulations), which
     * the bonus gap and shares compare.
     */
    public enum Rules {
        EU, UK;

        /** A worker's hourly pay under these rules. */
        public double hourly(Worker w) {
            return this == EU ? w.hourlyPay() : w.basicHourlyPay();
        }
    }

    /** The two sexes the gap compares. Workers recorded otherwise are counted, not compared. */
    public enum Sex { FEMALE, MALE }

    /**
     * One worker of the reporting period.
     *
     * @param sex          as the employer records it
     * @param category     the category of worker (work of equal value in the employer's job architecture)
     * @param basicPay     ordinary basic annual pay
     * @param variablePay  complementary or variable pay of the period (0 when none)
     * @param hours        the hours of the period the pay is for (above 0)
     */
    public record Worker(Sex sex, String category, double basicPay, double variablePay, double hours) {
        public Worker {
            Objects.requireNonNull(sex, "sex");
            Objects.requireNonNull(category, "category");
            if (!(hours > 0)) {
                throw new IllegalArgumentException("hours must be above 0, was " + hours);
            }
        }

        /** Gross hourly pay: basic plus complementary or variable, over the hours. */
        public double hourlyPay() {
            return (basicPay + variablePay) / hours;
        }

        /** Basic hourly pay. */
        public double basicHourlyPay() {
            return basicPay / hours;
        }

        /** Whether the worker received complementary or variable pay. */
        public boolean receivesVariablePay() {
            return variablePay > 0;
        }
    }

    /** A gap: (men − women) / men, or empty when either side has no one or men's figure is not above 0. */
    public static OptionalDouble gap(OptionalDouble men, OptionalDouble women) {
        if (men.isEmpty() || women.isEmpty() || !(men.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((men.getAsDouble() - women.getAsDouble()) / men.getAsDouble());
    }

    /** The mean of the values, empty for none. */
    public static OptionalDouble mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average();
    }

    /** The median (PERCENTILE.INC at 0.5), empty for none. */
    public static OptionalDouble median(List<Double> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Percentiles.ofUnsorted(values.stream().mapToDouble(Double::doubleValue).toArray(),
                0.5));
    }

    /** The values of {@code f} over the workers of one sex. */
    static List<Double> of(List<Worker> workers, Sex sex, java.util.function.ToDoubleFunction<Worker> f) {
        return workers.stream().filter(w -> w.sex() == sex).mapToDouble(f).boxed().toList();
    }

    /**
     * The gaps of one group of workers.
     *
     * @param women            women in the group
     * @param men              men in the group
     * @param meanGap          mean gap of hourly pay
     * @param medianGap        median gap of hourly pay
     * @param meanVariableGap  mean gap of complementary or variable pay, among those receiving it
     * @param medianVariableGap median gap of the same
     * @param womenReceiving   the share of women receiving complementary or variable pay (empty without women)
     * @param menReceiving     the same of men
     * @param meanBasicGap     mean gap of basic hourly pay
     */
    public record Gaps(int women, int men, OptionalDouble meanGap, OptionalDouble medianGap,
            OptionalDouble meanVariableGap, OptionalDouble medianVariableGap, OptionalDouble womenReceiving,
            OptionalDouble menReceiving, OptionalDouble meanBasicGap) {
    }

    /** The gaps of {@code workers}, hourly pay as the EU defines it. */
    public static Gaps gaps(List<Worker> workers) {
        return gaps(workers, Rules.EU);
    }

    /** The gaps of {@code workers}, hourly pay as {@code rules} define it. */
    public static Gaps gaps(List<Worker> workers, Rules rules) {
        List<Worker> receiving = workers.stream().filter(Worker::receivesVariablePay).toList();
        int women = (int) workers.stream().filter(w -> w.sex() == Sex.FEMALE).count();
        int men = workers.size() - women;
        long womenWith = receiving.stream().filter(w -> w.sex() == Sex.FEMALE).count();
        long menWith = receiving.size() - womenWith;
        return new Gaps(women, men,
                gap(mean(of(workers, Sex.MALE, rules::hourly)), mean(of(workers, Sex.FEMALE, rules::hourly))),
                gap(median(of(workers, Sex.MALE, rules::hourly)), median(of(workers, Sex.FEMALE, rules::hourly))),
                gap(mean(of(receiving, Sex.MALE, Worker::variablePay)),
                        mean(of(receiving, Sex.FEMALE, Worker::variablePay))),
                gap(median(of(receiving, Sex.MALE, Worker::variablePay)),
                        median(of(receiving, Sex.FEMALE, Worker::variablePay))),
                women == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) womenWith / women),
                men == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) menWith / men),
                gap(mean(of(workers, Sex.MALE, Worker::basicHourlyPay)),
                        mean(of(workers, Sex.FEMALE, Worker::basicHourlyPay))));
    }

    /** The gaps within each category of worker, by category name in order. */
    public static Map<String, Gaps> byCategory(List<Worker> workers) {
        Map<String, List<Worker>> groups = new TreeMap<>();
        for (Worker w : workers) {
            groups.computeIfAbsent(w.category(), c -> new ArrayList<>()).add(w);
        }
        Map<String, Gaps> result = new LinkedHashMap<>();
        groups.forEach((c, ws) -> result.put(c, gaps(ws)));
        return result;
    }

    /**
     * The quartile pay bands: the workers in the order they are ranked, each band a list, lowest
     * pay first. Every worker is in exactly one band; band sizes differ by at most one.
     */
    public static List<List<Worker>> quartileBands(List<Worker> workers) {
        return quartileBands(workers, Rules.EU);
    }

    /** The quartile pay bands with hourly pay as {@code rules} define it. */
    public static List<List<Worker>> quartileBands(List<Worker> workers, Rules rules) {
        int n = workers.size();
        int[] rank = ranks(workers, rules);
        Worker[] ranked = new Worker[n];
        for (int i = 0; i < n; i++) {
            ranked[rank[i] - 1] = workers.get(i);
        }
        List<List<Worker>> bands = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            bands.add(new ArrayList<>());
        }
        for (int r = 1; r <= n; r++) {
            bands.get(band(r, n) - 1).add(ranked[r - 1]);
        }
        return bands.stream().map(List::copyOf).toList();
    }

    /**
     * The quartile pay band, 1 (lower) to 4 (upper), of the worker ranked {@code rank} (from 1) of
     * {@code n}: {@code ⌊4(rank − 1)/n⌋ + 1}, so that band sizes differ by at most one.
     */
    public static int band(int rank, int n) {
        if (rank < 1 || rank > n) {
            throw new IllegalArgumentException("rank " + rank + " of " + n);
        }
        return (int) (4L * (rank - 1) / n) + 1;
    }

    /**
     * Where a worker stands when everyone is ranked by hourly pay, lowest first: the four counts
     * the rank is made of, and the rank. The analyst's workbook writes each as a formula of its
     * own column.
     *
     * @param paidLess       the workers paid less
     * @param samePay        the workers on the same pay, this one included ({@code k})
     * @param womenOnSamePay the women among them ({@code w})
     * @param ahead          the workers of the same sex on the same pay listed before this one ({@code j})
     * @param rank           the place from 1: {@code paidLess} plus, for the {@code j}-th woman,
     *                       {@code ⌈((j+1)·k − ⌊k/2⌋)/w⌉}, for the {@code j}-th man
     *                       {@code ⌊(j·k + ⌊k/2⌋)/(k − w)⌋ + 1}
     */
    public record Standing(int paidLess, int samePay, int womenOnSamePay, int ahead, int rank) {
    }

    /**
     * Each worker's place, from 1, when ranked by hourly pay, lowest first — the i-th number for the
     * i-th worker of {@code workers}. See {@link #standings}.
     */
    public static int[] ranks(List<Worker> workers, Rules rules) {
        return standings(workers, rules).stream().mapToInt(Standing::rank).toArray();
    }

    /**
     * Where each worker stands when ranked by hourly pay, lowest first — the i-th for the i-th
     * worker of {@code workers}. Within a run of {@code k} workers on the same hourly pay,
     * {@code w} of them women, women and men are spread in proportion, so that any cut through the
     * run takes each sex in its share (the UK guidance): of the run's first {@code t} places,
     * {@code ⌊(w·t + ⌊k/2⌋)/k⌋} go to women, taking the women, and the men, in list order. The
     * closed form in {@link Standing#rank} places them so; the analyst's workbook writes the same
     * formulas, so its ranks equal these.
     */
    public static List<Standing> standings(List<Worker> workers, Rules rules) {
        int n = workers.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> rules.hourly(workers.get(i))));
        Standing[] standing = new Standing[n];
        int start = 0;
        while (start < n) {
            double pay = rules.hourly(workers.get(order[start]));
            int end = start;
            int women = 0;
            while (end < n && rules.hourly(workers.get(order[end])) == pay) {
                women += workers.get(order[end]).sex() == Sex.FEMALE ? 1 : 0;
                end++;
            }
            // The sort is stable: within the run, workers stand in list order.
            int k = end - start;
            long half = k / 2;
            int womenAhead = 0;
            int menAhead = 0;
            for (int x = start; x < end; x++) {
                int i = order[x];
                boolean woman = workers.get(i).sex() == Sex.FEMALE;
                long j = woman ? womenAhead++ : menAhead++;
                long place = woman ? Math.floorDiv((j + 1) * k - half + women - 1, women)
                        : Math.floorDiv(j * k + half, k - women) + 1;
                standing[i] = new Standing(start, k, women, (int) j, start + (int) place);
            }
            start = end;
        }
        return List.of(standing);
    }
}
