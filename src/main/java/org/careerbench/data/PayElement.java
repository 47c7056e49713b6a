package org.careerbench.data;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The pay element a figure measures. */
public enum PayElement {
    /** Annual base salary. */
    BASE("base", "annual base salary", SalaryObservation::baseSalary),
    /** Base plus short-term incentive (TCC). */
    TOTAL_CASH("total-cash", "annual total cash (base + bonus)", SalaryObservation::totalCash),
    /** Total cash plus annualised equity (TDC). */
    TOTAL_DIRECT("total-direct", "annual total direct (base + bonus + annualised equity)",
            SalaryObservation::totalDirect);

    private final String key;
    private final String description;
    private final ToDoubleFunction<SalaryObservation> amount;

    PayElement(String key, String description, ToDoubleFunction<SalaryObservation> amount) {
        this.key = key;
        this.description = description;
        this.amount = amount;
    }

    /** The name templates use: base, total-cash, total-direct. */
    public String key() {
        return key;
    }

    /** E.g. "annual base salary". */
    public String description() {
        return description;
    }

    /** Short column label, e.g. "Base", "Total cash". */
    public String label() {
        String words = key.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** This element's amount for one observation, before aging. */
    public double of(SalaryObservation o) {
        return amount.applyAsDouble(o);
    }

    /** The element a template names. */
    public static java.util.Optional<PayElement> byKey(String key) {
        for (PayElement p : values()) {
            if (p.key.equals(key)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
