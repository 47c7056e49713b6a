package org.careerbench.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Formats typed values as text, the same way in every renderer that needs text. */
public final class ValueFormat {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);

    private ValueFormat() {
    }

    /** {@code v} with exactly {@code decimals} decimals and thousands separators, e.g. 2.62 or 1,773.10. */
    public static String fixed(double v, int decimals) {
        return new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), SYMBOLS).format(v);
    }

    /**
     * @param value    a Number, String, {@link Suppressed#VALUE} or null
     * @param type     the value's type
     * @param currency ISO 4217 code for money
     * @return e.g. "$185,000", "8.5%", "1,204", "2031", "—" for suppressed, "" for null
     */
    public static String format(Object value, ValueType type, String currency) {
        if (value == null) {
            return "";
        }
        if (value instanceof LiveValue f) {
            return format(f.cached(), type, currency);
        }
        if (value instanceof java.time.LocalDate d) {
            return d.toString();
        }
        if (value instanceof Suppressed) {
            return value.toString();
        }
        if (!(value instanceof Number n)) {
            return value.toString();
        }
        double v = n.doubleValue();
        return switch (type) {
            case MONEY -> currencySymbol(currency) + new DecimalFormat("#,##0", SYMBOLS).format(v);
            case PERCENT -> new DecimalFormat("0.#", SYMBOLS).format(v * 100) + "%";
            case INTEGER -> new DecimalFormat("#,##0", SYMBOLS).format(v);
            case YEAR -> Long.toString(Math.round(v));
            case DECIMAL -> new DecimalFormat("#,##0.##", SYMBOLS).format(v);
            case TEXT, DATE -> n.toString();
        };
    }

    /** "$" for USD, "€" for EUR, "£" for GBP; otherwise the code and a space. */
    public static String currencySymbol(String code) {
        try {
            String symbol = Currency.getInstance(code).getSymbol(Locale.US);
            return symbol.equals(code) ? code + " " : symbol;
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null || code.isEmpty() ? "" : code + " ";
        }
    }
}
