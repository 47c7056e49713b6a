package org.careerbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryObservation;
import org.careerbench.stats.SuppressionRule;
import org.careerbench.template.TemplateSpec;

/**
 * Everything the block factories share while one report is built: the template, the data,
 * the salary population after the template's population filter, and the warnings raised.
 */
final class BuildContext {
    final TemplateSpec spec;
    final InputData data;
    final ReportContext run;
    final SuppressionRule rule;
    final List<SalaryObservation> population;
    final SalaryFilter populationFilter;
    final List<String> warnings = new ArrayList<>();

    BuildContext(TemplateSpec spec, InputData data, ReportContext run, SalaryFilter populationFilter) {
        this.spec = spec;
        this.data = data;
        this.run = run;
        this.populationFilter = populationFilter;
        this.rule = new SuppressionRule(spec.parameters().minCentral(), spec.parameters().minTails());
        String currency = spec.parameters().currency();
        List<SalaryObservation> kept = new ArrayList<>();
        long otherCurrency = 0;
        for (SalaryObservation o : data.salaries()) {
            if (!populationFilter.test(o)) {
                continue;
            }
            if (o.currency().equals(currency)) {
                kept.add(o);
            } else {
                otherCurrency++;
            }
        }
        if (otherCurrency > 0) {
            warnings.add("salaries.csv: " + otherCurrency + " observations of the population are not in " + currency
                    + " and were left out of every figure (no conversion rates given)");
        }
        this.population = List.copyOf(kept);
    }

    Path file() {
        return spec.source();
    }

    String currency() {
        return spec.parameters().currency();
    }

    /** Observations of the population that pass {@code filter}. */
    List<SalaryObservation> select(SalaryFilter filter) {
        return population.stream().filter(filter).toList();
    }

    /** Orders values of a dimension: levels by the template's level order, years numerically, the rest alphabetically. */
    Comparator<String> order() {
        List<String> levels = spec.parameters().levelOrder();
        return Comparator.<String>comparingInt(v -> {
                    int i = levels.indexOf(v);
                    return i < 0 ? levels.size() : i;
                })
                .thenComparing(Comparator.naturalOrder());
    }

    /** Orders composite keys element by element with {@link #order()}. */
    Comparator<List<String>> keyOrder() {
        Comparator<String> one = order();
        return (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = one.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
    }

    /** "n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90". */
    String suppressionText() {
        return "n ≥ " + rule.minCentral() + " for mean and P25–P75; n ≥ " + rule.minTails() + " for P10 and P90";
    }

    /** The footnote for tables with withheld cells. */
    String suppressionFootnote() {
        return "— not published: too few observations (" + suppressionText() + ").";
    }
}
