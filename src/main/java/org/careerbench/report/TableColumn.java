package org.careerbench.report;

/**
 * A typed table column.
 *
 * @param header   column heading
 * @param type     value type
 * @param currency ISO 4217 code for {@link ValueType#MONEY} columns, empty otherwise
 */
public record TableColumn(String header, ValueType type, String currency) {
    /** A column of a non-money type. */
    public static TableColumn of(String header, ValueType type) {
        return new TableColumn(header, type, "");
    }

    /** A money column in {@code currency}. */
    public static TableColumn money(String header, String currency) {
        return new TableColumn(header, ValueType.MONEY, currency);
    }
}
