package org.careerbench.report.assembly;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryObservation;

/**
 * The salary observations one report stands on: those its population filter keeps, in its
 * currency. Filtered selections are made once each and remembered.
 */
final class Population {
    private final SalaryFilter filter;
    private final List<SalaryObservation> observations;
    private final long otherCurrency;
    private final boolean organisations;
    private final Map<SalaryFilter, List<SalaryObservation>> selections = new HashMap<>();

    /**
     * @param candidates every observation the filter could keep (all salaries, or a burst group's)
     */
    Population(SalaryFilter filter, String currency, List<SalaryObservation> candidates) {
        this.filter = filter;
        List<SalaryObservation> kept = new java.util.ArrayList<>();
        long other = 0;
        for (SalaryObservation o : candidates) {
            if (!filter.test(o)) {
                continue;
            }
            if (o.currency().equals(currency)) {
                kept.add(o);
            } else {
                other++;
            }
        }
        this.observations = List.copyOf(kept);
        this.otherCurrency = other;
        this.organisations = observations.stream().anyMatch(o -> !o.organisation().isEmpty());
    }

    /** The conditions that define the population. */
    SalaryFilter filter() {
        return filter;
    }

    /** The observations, in the order read. */
    List<SalaryObservation> observations() {
        return observations;
    }

    /** Observations the filter kept but that are in another currency, left out. */
    long otherCurrency() {
        return otherCurrency;
    }

    /** Whether the data names organisations, so suppression also counts them. */
    boolean hasOrganisations() {
        return organisations;
    }

    /** Observations that also pass {@code extra}; each filter is applied once per report. */
    List<SalaryObservation> select(SalaryFilter extra) {
        return selections.computeIfAbsent(extra, f -> f.conditions().isEmpty() ? observations
                : observations.stream().filter(f).toList());
    }
}
