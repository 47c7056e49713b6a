package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.CellStatistics;
import org.careerbench.stats.ComplementarySuppression;
import org.careerbench.stats.Statistic;
import org.careerbench.stats.SuppressionRule;

/**
 * What one report's figures give away, recorded as its blocks show them: each mean shown or
 * withheld (an additive cell: which observations it sums, of which pay components), each withheld
 * statistic with the value it hides, and the individual salaries an analysts' workbook shows. From
 * it come the complementary suppressions a report needs, and the secrets the disclosure audit
 * looks for in the files written.
 *
 * <p>Not thread-safe; one per report build.
 */
public final class Disclosures {
    /** An additive cell as a key: the observations it sums (by index in the population) and the components. */
    record Key(BitSet members, int components) {
        Key {
            members = (BitSet) members.clone();
        }
    }

    /**
     * A figure a report withholds, with the value it hides (known to the audit only).
     *
     * @param statistic the statistic withheld
     * @param n         the observations behind it
     * @param value     the value withholding hides
     */
    public record Secret(Statistic statistic, int n, double value) {
    }

    private final List<SalaryObservation> population;
    private final Map<SalaryObservation, Integer> index;
    // Additive cells as shown, in order; turned into keys only when one is withheld (most reports have
    // none, and a key costs a pass over the cell's rows).
    private final List<Additive> additive = new ArrayList<>();
    private boolean anyWithheld;

    private record Additive(List<SalaryObservation> rows, int components, boolean withheld) {
    }
    private final List<Secret> secrets = new ArrayList<>();
    private final List<List<SalaryObservation>> withheldRows = new ArrayList<>();
    private final List<SalaryObservation> shownRows = new ArrayList<>();
    private final java.util.function.ToDoubleFunction<SalaryObservation> agedBase;
    private boolean withheldShownOnPurpose;

    Disclosures(List<SalaryObservation> population, java.util.function.ToDoubleFunction<SalaryObservation> agedBase) {
        this(population, agedBase, new IdentityHashMap<>());
    }

    /** A record sharing {@code index}, the population's observation numbers (a cache, filled on first use). */
    private Disclosures(List<SalaryObservation> population, java.util.function.ToDoubleFunction<SalaryObservation> agedBase,
            Map<SalaryObservation, Integer> index) {
        this.population = population;
        this.agedBase = agedBase;
        this.index = index;
    }

    /** The pay components an element sums. */
    static int components(PayElement element) {
        return switch (element) {
            case BASE -> ComplementarySuppression.BASE;
            case TOTAL_CASH -> ComplementarySuppression.BASE | ComplementarySuppression.BONUS;
            case TOTAL_DIRECT -> ComplementarySuppression.BASE | ComplementarySuppression.BONUS
                    | ComplementarySuppression.EQUITY;
        };
    }

    /**
     * Records a statistic of a cell as shown: a mean is an additive cell, published or withheld; a
     * withheld statistic is a secret, computed here from {@code amounts} without the rule.
     */
    void shown(List<SalaryObservation> rows, int components, Statistic statistic, CellStatistics cell,
            double[] amounts) {
        boolean withheld = statistic != Statistic.N && cell.value(statistic).isEmpty();
        if (rows.isEmpty()) {
            return;
        }
        if (statistic == Statistic.MEAN) {
            additive(rows, components, withheld);
        }
        if (withheld && amounts != null) {
            CellStatistics all = CellStatistics.of(amounts, new SuppressionRule(1, 1, 1.0));
            secrets.add(new Secret(statistic, amounts.length, all.value(statistic).orElseThrow()));
            if (statistic == Statistic.P50) {
                withheldRows.add(rows);
            }
        }
    }

    /** Records a mean over {@code rows} of {@code components} as shown or withheld. */
    void additive(List<SalaryObservation> rows, int components, boolean withheld) {
        if (rows.isEmpty()) {
            return;
        }
        additive.add(new Additive(rows, components, withheld));
        anyWithheld |= withheld;
    }

    /** A record of the same population, empty: what one block shows, merged into the report's by {@link #addAll}. */
    Disclosures fresh() {
        return new Disclosures(population, agedBase, index);
    }

    /** Adds what {@code block} recorded after what this record holds, in that order. */
    void addAll(Disclosures block) {
        additive.addAll(block.additive);
        anyWithheld |= block.anyWithheld;
        secrets.addAll(block.secrets);
        withheldRows.addAll(block.withheldRows);
        shownRows.addAll(block.shownRows);
        withheldShownOnPurpose |= block.withheldShownOnPurpose;
    }

    /** Records individual base salaries shown row by row (an analysts' observations table). */
    void microdata(List<SalaryObservation> rows, boolean withheldOnPurpose) {
        shownRows.addAll(rows);
        withheldShownOnPurpose |= withheldOnPurpose;
    }

    /** The additive cells to withhold besides the primary ones, as keys; empty when nothing is disclosed. */
    Set<Key> secondary() {
        if (!anyWithheld) {
            return Set.of();
        }
        List<ComplementarySuppression.Cell> cells = cells();
        Set<Key> keys = new java.util.LinkedHashSet<>();
        for (int i : ComplementarySuppression.secondary(cells, known())) {
            keys.add(new Key(cells.get(i).members(), cells.get(i).components()));
        }
        return keys;
    }

    /** The key of a cell of {@code rows}, to compare with {@link #secondary()}. */
    Key key(List<SalaryObservation> rows, int components) {
        return new Key(members(rows), components);
    }

    /**
     * The withheld means whose values still follow from the published ones (and from the salaries
     * shown row by row), in words: empty when complementary suppression did its work.
     */
    public List<String> disclosed() {
        if (!anyWithheld) {
            return List.of();
        }
        List<ComplementarySuppression.Cell> cells = cells();
        List<String> found = new ArrayList<>();
        for (int i : ComplementarySuppression.disclosed(cells, known())) {
            found.add("the withheld mean of " + org.careerbench.diagnostics.Plural.of(cells.get(i).n(), "observation")
                    + " follows from the published means and counts");
        }
        return found;
    }

    /** Every withheld statistic of the report with the value it hides. */
    public List<Secret> secrets() {
        return List.copyOf(secrets);
    }

    /**
     * The aged base salaries of the observations behind withheld medians, which no file may show;
     * empty when the template shows them on purpose ({@code withheld: show}).
     */
    public double[] withheldSalaries() {
        if (withheldShownOnPurpose) {
            return new double[0];
        }
        return withheldRows.stream().flatMap(List::stream).distinct().mapToDouble(agedBase).toArray();
    }

    /** The aged base salaries of every observation of the report's population. */
    public double[] populationSalaries() {
        return population.stream().mapToDouble(agedBase).toArray();
    }

    private List<ComplementarySuppression.Cell> cells() {
        List<ComplementarySuppression.Cell> cells = new ArrayList<>();
        // Cells with the same rows and components are one: withheld if any copy is.
        Map<Key, Boolean> keys = new LinkedHashMap<>();
        for (Additive a : additive) {
            keys.merge(key(a.rows(), a.components()), a.withheld(), Boolean::logicalOr);
        }
        keys.forEach((key, withheld) -> cells.add(new ComplementarySuppression.Cell(key.members(),
                key.components(), withheld)));
        return cells;
    }

    private BitSet known() {
        return members(shownRows);
    }

    private BitSet members(List<SalaryObservation> rows) {
        if (byLine == null) {
            // Observations are numbered by their line in the salaries file when those are unique (one file
            // read): no map of a million entries; otherwise by their place in the population.
            BitSet seen = new BitSet();
            boolean unique = true;
            for (SalaryObservation o : population) {
                if (o.line() < 0 || o.line() > Integer.MAX_VALUE - 1 || seen.get((int) o.line())) {
                    unique = false;
                    break;
                }
                seen.set((int) o.line());
            }
            byLine = unique;
            if (!unique) {
                for (int i = 0; i < population.size(); i++) {
                    index.put(population.get(i), i);
                }
            }
        }
        BitSet set = new BitSet();
        for (SalaryObservation o : rows) {
            set.set(byLine ? (int) o.line() : index.computeIfAbsent(o, k -> index.size()));
        }
        return set;
    }

    private Boolean byLine;
}
