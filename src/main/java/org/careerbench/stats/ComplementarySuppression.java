package org.careerbench.stats;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complementary (secondary) suppression of additive statistics, the rule statistical offices apply
 * to published totals: a withheld cell must not follow from the published ones by addition and
 * subtraction.
 *
 * <p>A published mean of n observations gives away their sum, since n is always published. When a
 * total and all but one of its parts are published, the withheld part's sum is the total's minus
 * the others', and its mean follows. More generally a withheld cell is <em>disclosed</em> when its
 * vector — which observations it sums, over which pay components — is a linear combination of the
 * published cells' vectors. This class decides that exactly, by Gaussian elimination over the
 * "atoms" the cells cut the observations into (observations in the same cells are one unknown),
 * and picks further cells to withhold until no withheld cell is disclosed, the smallest first (the
 * classic choice: it costs the reader the least information).
 *
 * <p>Percentiles are not additive — the median of a total is no function of its parts' medians and
 * counts — so they need no secondary suppression and are not cells here. Counts are always
 * published and protect nothing.
 *
 * <p>Arithmetic is modulo the prime 2<sup>61</sup>−1. A combination that exists over the rationals
 * exists modulo the prime unless the prime divides a denominator, which for vectors of zeros and
 * ones of this size does not happen in practice; a modular rank can only fall, which withholds
 * more, never less.
 */
public final class ComplementarySuppression {
    /** The base-salary component of a pay element. */
    public static final int BASE = 1;
    /** The bonus component. */
    public static final int BONUS = 2;
    /** The annualised equity component. */
    public static final int EQUITY = 4;
    private static final int COMPONENTS = 3;
    private static final long P = (1L << 61) - 1;

    private ComplementarySuppression() {
    }

    /**
     * One additive cell as published or withheld.
     *
     * @param members    the observations it sums, by index
     * @param components which pay components it sums ({@link #BASE}, {@link #BONUS}, {@link #EQUITY} or'ed)
     * @param withheld   whether it is withheld (a primary suppression, to be protected)
     */
    public record Cell(BitSet members, int components, boolean withheld) {
        public Cell {
            members = (BitSet) members.clone();
            if (components <= 0 || components >= 1 << COMPONENTS) {
                throw new IllegalArgumentException("components must be a non-empty set of BASE, BONUS, EQUITY");
            }
        }

        /** The number of observations it sums. */
        public int n() {
            return members.cardinality();
        }
    }

    /**
     * The withheld cells whose sums follow from the published cells together with the individually
     * published {@code known} base salaries (microdata rows), by index into {@code cells}.
     */
    public static List<Integer> disclosed(List<Cell> cells, BitSet known) {
        if (cells.stream().noneMatch(Cell::withheld)) {
            return List.of();
        }
        Space space = new Space(cells, known);
        Basis published = space.basis(i -> !cells.get(i).withheld());
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).withheld() && space.protects(i) && published.spans(space.vector(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * The published cells to withhold as well so that no withheld cell is disclosed, by index into
     * {@code cells}: for each disclosed cell, the published cell with the fewest observations whose
     * withholding alone protects it, else the smallest published cell, until none is disclosed; a
     * cell withheld this way is protected in turn. Cells with the same members and components are one
     * cell.
     *
     * @return the indices to withhold, in the order chosen; empty when nothing is disclosed. A cell
     *         disclosed by the {@code known} microdata alone stays disclosed: see {@link #disclosed}
     */
    public static Set<Integer> secondary(List<Cell> cells, BitSet known) {
        Set<Integer> chosen = new LinkedHashSet<>();
        if (cells.stream().noneMatch(Cell::withheld)) {
            return chosen;
        }
        Space space = new Space(cells, known);
        java.util.function.IntPredicate published = i -> !cells.get(i).withheld() && !chosen.contains(i);
        Set<Integer> hopeless = new java.util.HashSet<>();
        while (true) {
            Basis basis = space.basis(published);
            int target = -1;
            for (int i = 0; i < cells.size(); i++) {
                // A cell withheld to protect another is protected in turn: withheld means withheld.
                if ((cells.get(i).withheld() || chosen.contains(i)) && space.protects(i) && !hopeless.contains(i)
                        && basis.spans(space.vector(i))) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                return chosen;
            }
            int w = target;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                if (published.test(i) && space.protects(i)) {
                    candidates.add(i);
                }
            }
            candidates.sort(Comparator.<Integer>comparingInt(i -> cells.get(i).n()).thenComparing(i -> i));
            if (candidates.isEmpty()) {
                hopeless.add(w);
                continue;
            }
            int pick = candidates.get(0);
            for (int c : candidates) {
                Basis without = space.basis(i -> published.test(i) && space.differs(i, c));
                if (!without.spans(space.vector(w))) {
                    pick = c;
                    break;
                }
            }
            // Every published cell equal to the one picked is withheld with it.
            for (int i = 0; i < cells.size(); i++) {
                if (published.test(i) && !space.differs(i, pick)) {
                    chosen.add(i);
                }
            }
        }
    }

    /** The cells as vectors over (atom, component) coordinates, a known base salary's coordinate removed. */
    private static final class Space {
        private final List<Cell> cells;
        private final List<long[]> vectors = new ArrayList<>();
        private final List<BitSet> supports = new ArrayList<>();
        private final int dimension;

        Space(List<Cell> cells, BitSet known) {
            this.cells = cells;
            // An atom: the observations that lie in exactly the same cells and are equally known. Each
            // observation's cells are summed up in two independent 64-bit hashes (arrays, not maps: a
            // population may have a million observations and only a few dozen atoms).
            int size = 0;
            for (Cell c : cells) {
                size = Math.max(size, c.members().length());
            }
            long[] h1 = new long[size];
            long[] h2 = new long[size];
            BitSet any = new BitSet(size);
            for (int c = 0; c < cells.size(); c++) {
                BitSet m = cells.get(c).members();
                long a = mix(c + 1L);
                long b = mix(~(c + 1L) * 0x9E3779B97F4A7C15L);
                for (int o = m.nextSetBit(0); o >= 0; o = m.nextSetBit(o + 1)) {
                    h1[o] = h1[o] * 31 + a;
                    h2[o] = h2[o] * 1_000_003 + b;
                }
                any.or(m);
            }
            Map<List<Long>, Integer> atoms = new HashMap<>();
            int[] atomOf = new int[size];
            List<Boolean> atomKnown = new ArrayList<>();
            for (int o = any.nextSetBit(0); o >= 0; o = any.nextSetBit(o + 1)) {
                boolean isKnown = known.get(o);
                List<Long> key = List.of(h1[o], h2[o], isKnown ? 1L : 0L);
                Integer atom = atoms.get(key);
                if (atom == null) {
                    atom = atoms.size();
                    atoms.put(key, atom);
                    atomKnown.add(isKnown);
                }
                atomOf[o] = atom;
            }
            dimension = atoms.size() * COMPONENTS;
            for (Cell cell : cells) {
                long[] v = new long[dimension];
                BitSet support = new BitSet(dimension);
                BitSet m = cell.members();
                for (int o = m.nextSetBit(0); o >= 0; o = m.nextSetBit(o + 1)) {
                    int atom = atomOf[o];
                    for (int k = 0; k < COMPONENTS; k++) {
                        if ((cell.components() & 1 << k) != 0 && !(k == 0 && atomKnown.get(atom))) {
                            v[atom * COMPONENTS + k] = 1;
                            support.set(atom * COMPONENTS + k);
                        }
                    }
                }
                vectors.add(v);
                supports.add(support);
            }
        }

        long[] vector(int cell) {
            return vectors.get(cell);
        }

        /** A withheld cell with nothing unknown in it has nothing left to protect. */
        boolean protects(int cell) {
            return !supports.get(cell).isEmpty();
        }

        boolean differs(int a, int b) {
            return !(cells.get(a).members().equals(cells.get(b).members())
                    && cells.get(a).components() == cells.get(b).components());
        }

        Basis basis(java.util.function.IntPredicate take) {
            Basis basis = new Basis(dimension);
            for (int i = 0; i < cells.size(); i++) {
                if (take.test(i)) {
                    basis.add(vectors.get(i));
                }
            }
            return basis;
        }
    }

    /** Row-echelon rows modulo P, each with its pivot 1; rows are reduced by the earlier ones. */
    private static final class Basis {
        private final int dimension;
        private final List<long[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Basis(int dimension) {
            this.dimension = dimension;
        }

        void add(long[] vector) {
            long[] r = reduce(vector);
            for (int j = 0; j < dimension; j++) {
                if (r[j] != 0) {
                    long inverse = power(r[j], P - 2);
                    for (int k = j; k < dimension; k++) {
                        r[k] = multiply(r[k], inverse);
                    }
                    rows.add(r);
                    pivots.add(j);
                    return;
                }
            }
        }

        boolean spans(long[] vector) {
            long[] r = reduce(vector);
            for (long x : r) {
                if (x != 0) {
                    return false;
                }
            }
            return true;
        }

        private long[] reduce(long[] vector) {
            long[] v = vector.clone();
            for (int i = 0; i < rows.size(); i++) {
                int p = pivots.get(i);
                long f = v[p];
                if (f != 0) {
                    long[] row = rows.get(i);
                    for (int k = p; k < dimension; k++) {
                        if (row[k] != 0) {
                            v[k] = subtract(v[k], multiply(f, row[k]));
                        }
                    }
                }
            }
            return v;
        }
    }

    /** A 64-bit finaliser (SplitMix64's): spreads a cell's number over all bits of its hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long multiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long r = (lo & P) + ((lo >>> 61) | (hi << 3));
        r = (r & P) + (r >>> 61);
        return r >= P ? r - P : r;
    }

    private static long subtract(long a, long b) {
        long r = a - b;
        return r < 0 ? r + P : r;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        long b = base;
        long e = exponent;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = multiply(result, b);
            }
            b = multiply(b, b);
            e >>= 1;
        }
        return result;
    }
}
