package org.careerbench.stats;

import java.util.Locale;

/**
 * Moves pay data of different dates to one effective date with an annual market-movement rate.
 *
 * <ul>
 *   <li>compound: aged = v · (1 + r)^(m / 12)</li>
 *   <li>simple: aged = v · (1 + r · m / 12)</li>
 *   <li>none: aged = v</li>
 * </ul>
 * where m is the number of months from the data's date to the effective date (negative when
 * the data is newer). Example: 52,000 aged 9 months at 3% gives 53,165.67 compound, 53,170 simple.
 *
 * @param method how the rate compounds
 * @param rate   annual rate as a fraction (0.03 for 3%)
 */
public record Aging(Method method, double rate) {
    /** The common US default: compound at 3% a year. */
    public static final Aging DEFAULT = new Aging(Method.COMPOUND, 0.03);
    /** No aging. */
    public static final Aging NONE = new Aging(Method.NONE, 0);

    /** How the annual rate applies over part-years. */
    public enum Method {
        COMPOUND, SIMPLE, NONE;

        /** The method a template names: compound, simple or none. */
        public static java.util.Optional<Method> byName(String name) {
            try {
                return java.util.Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
    }

    public Aging {
        if (!(rate > -1 && rate < 1)) {
            throw new IllegalArgumentException("aging rate must be a fraction between -1 and 1, was " + rate);
        }
    }

    /** The factor a value is multiplied by over {@code months}. */
    public double factor(double months) {
        return switch (method) {
            case COMPOUND -> Math.pow(1 + rate, months / 12);
            case SIMPLE -> 1 + rate * months / 12;
            case NONE -> 1;
        };
    }

    /** {@code value} aged over {@code months}. */
    public double age(double value, double months) {
        return value * factor(months);
    }

    /** "compound at 3% a year", "simple at 5% a year" or "none". */
    public String describe() {
        if (method == Method.NONE) {
            return "none";
        }
        return method.name().toLowerCase(Locale.ROOT) + " at "
                + new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(Locale.US))
                        .format(rate * 100) + "% a year";
    }
}
