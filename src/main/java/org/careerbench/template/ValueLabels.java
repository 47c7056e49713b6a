package org.careerbench.template;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.careerbench.data.SalaryDimension;

/**
 * How a template names the values of salaries columns to its readers, from
 * {@code parameters.labels}: e.g. role family "SRE & ML Infrastructure" as "SRE & ML
 * infrastructure engineer" (plural "… engineers"), level "Senior" as "senior", country "US" as
 * "US" and, after a count, "in the US". A value without a label is written as the data has it.
 * Immutable.
 *
 * @param labels per column, per value as the data writes it, its label
 */
public record ValueLabels(Map<SalaryDimension, Map<String, Label>> labels) {

    /** No labels: every value as the data writes it. */
    public static final ValueLabels NONE = new ValueLabels(Map.of());

    public ValueLabels {
        Map<SalaryDimension, Map<String, Label>> copy = new EnumMap<>(SalaryDimension.class);
        labels.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
        labels = Map.copyOf(copy);
    }

    /**
     * One value's words.
     *
     * @param text   the label, e.g. "senior" or "SRE & ML infrastructure engineer"
     * @param plural the plural, for a column whose values name people (role family, job title)
     * @param place  the phrase placing people there, e.g. "in the US"
     */
    public record Label(String text, Optional<String> plural, Optional<String> place) {
    }

    /** The label of {@code value} in column {@code column}, if the template gives one. */
    public Optional<Label> of(SalaryDimension column, String value) {
        return Optional.ofNullable(labels.getOrDefault(column, Map.of()).get(value));
    }
}
