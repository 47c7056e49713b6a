package org.careerbench.report;

/**
 * One headline number with its label and basis.
 *
 * @param id       name placeholders use, e.g. {@code senior_p50}
 * @param label    caption, e.g. "Median base, Senior"
 * @param value    a {@code Number} or {@link Suppressed#VALUE}
 * @param type     how to format the value
 * @param currency ISO 4217 code for money, empty otherwise
 * @param basis    what stands behind it, e.g. "n = 84, US, 2020–2024"
 */
public record KeyFigure(String id, String label, Object value, ValueType type, String currency, String basis) {

    /** The value formatted for text, e.g. "$185,000" or "—". */
    public String formatted(ValueFormat format) {
        return format.format(value, type, currency);
    }
}
