package org.careerbench.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Formats typed values as text in one language's conventions, the same way in every renderer
 * that needs text: "$195,371" and "8.5%" in English, "195.371 $" and "8,5 %" in German.
 * Obtained from {@link Words#format()}. Immutable.
 */
public final class ValueFormat {
    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;
    private final DateTimeFormatter month;
    private final String thousands;

    /**
     * @param date      date pattern, e.g. "d MMMM yyyy"
     * @param month     month pattern, e.g. "MMMM yyyy"
     * @param thousands message pattern for thousands, e.g. "{0}k"
     */
    ValueFormat(Locale locale, String date, String month, String thousands) {
        this.locale = locale;
        this.thousands = thousands;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.date = DateTimeFormatter.ofPattern(date, locale);
        this.month = DateTimeFormatter.ofPattern(month, locale);
    }

    /** {@code v} with exactly {@code decimals} decimals and thousands separators, e.g. 2.62 or 1,773.10. */
    public String fixed(double v, int decimals) {
        return new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), symbols).format(v);
    }

    /** A share as a percentage with up to one decimal, e.g. "8.5%" (0.085), "−2.4%". */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return minus(f, share);
    }

    /** A share as a percentage with exactly {@code decimals} decimals, e.g. "8.50%", "−0.20%". */
    public String percent(double share, int decimals) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return minus(f, share);
    }

    /** A negative share with the real minus sign, and one that rounds to zero without any. */
    private static String minus(NumberFormat f, double share) {
        String amount = f.format(Math.abs(share));
        return share < 0 && !f.format(-share).equals(f.format(0)) ? MINUS + amount : amount;
    }

    /** The minus sign of a change: U+2212, which no line breaks after and no reader takes for a dash. */
    public static final String MINUS = "\u2212";

    /** A change of money, always signed: "+$2,779", "−$2,779", "$0". */
    public String signedMoney(double change, String currency) {
        long whole = Math.round(change);
        String amount = money(Math.abs((double) whole), currency);
        return whole > 0 ? "+" + amount : whole < 0 ? MINUS + amount : amount;
    }

    /** A change as a share, always signed and with one decimal: "+1.4%", "−0.9%", "0.0%". */
    public String signedPercent(double share) {
        String amount = percent(Math.abs(share), 1);
        double shown = Math.round(Math.abs(share) * 1000) / 1000.0;
        return shown == 0 ? amount : share > 0 ? "+" + amount : MINUS + amount;
    }

    /** A whole count with thousands separators, e.g. "1,204". */
    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** An amount in whole units of {@code currency}, e.g. "$185,000" or "185.000 €". */
    public String money(double v, String currency) {
        try {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(Currency.getInstance(currency));
            f.setMaximumFractionDigits(0);
            f.setMinimumFractionDigits(0);
            return f.format(v);
        } catch (IllegalArgumentException | NullPointerException e) {
            String code = currency == null ? "" : currency;
            return (code.isEmpty() ? "" : code + " ") + count(Math.round(v));
        }
    }

    /** Thousands, rounded, with the currency's symbol when given: "$195k", "195 Tsd. $", "1,204k". */
    public String thousands(double v, String currency) {
        String n = new java.text.MessageFormat(thousands, locale).format(new Object[] {count(Math.round(v / 1000.0))});
        if (currency == null || currency.isEmpty()) {
            return n;
        }
        return symbolFirst(currency) ? currencySymbol(currency) + n : n + "\u00a0" + currencySymbol(currency);
    }

    /** A date, e.g. "1 November 2026" or "1. November 2026". */
    public String date(LocalDate d) {
        return date.format(d);
    }

    /** A month in short, e.g. "Oct 2026" or "Okt. 2026": a period on a chart's axis or in a table's row. */
    public String shortMonth(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(m);
    }

    /** A month, e.g. "November 2026". */
    public String month(YearMonth m) {
        return month.format(m);
    }

    /**
     * @param value    a Number, String, {@link Suppressed#VALUE} or null
     * @param type     the value's type
     * @param currency ISO 4217 code for money
     * @return e.g. "$185,000", "8.5%", "1,204", "2031", "—" for suppressed, "" for null
     */
    public String format(Object value, ValueType type, String currency) {
        if (value == null) {
            return "";
        }
        if (value instanceof LiveValue f) {
            return format(f.cached(), type, currency);
        }
        if (value instanceof LocalDate d) {
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
            case MONEY -> money(v, currency);
            case PERCENT -> percent(v, 1); // one precision, as the workbook's 0.0% shows it
            case INTEGER -> count(Math.round(v));
            case YEAR -> Long.toString(Math.round(v));
            case DECIMAL -> new DecimalFormat("#,##0.##", symbols).format(v);
            case MONEY_CHANGE -> signedMoney(v, currency);
            case PERCENT_CHANGE -> signedPercent(v);
            case TEXT, DATE -> n.toString();
        };
    }

    /** The symbol the language writes for {@code code}: "$" for USD, "€" for EUR; otherwise the code. */
    public String currencySymbol(String code) {
        try {
            return Currency.getInstance(code).getSymbol(locale);
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null ? "" : code;
        }
    }

    /** Whether this language writes the currency symbol before the amount ("$185,000") or after ("185.000 €"). */
    public boolean symbolFirst(String code) {
        String sample = money(1, code);
        return !Character.isDigit(sample.charAt(0));
    }

    /**
     * The Excel number format for a value type in this language, e.g. {@code "$"#,##0} for USD in
     * English and {@code #,##0 "$"} in German. Excel shows separators in the viewer's own
     * convention; the symbol's place is the language's.
     */
    public String excelFormat(ValueType type, String currency) {
        return switch (type) {
            case MONEY -> {
                String symbol = "\"" + currencySymbol(currency).replace("\"", "") + "\"";
                yield symbolFirst(currency) ? symbol + "#,##0" : "#,##0\\ " + symbol;
            }
            case PERCENT -> percent(0.5).matches(".*[\\s\u00a0].*") ? "0.0\\ %" : "0.0%";
            case MONEY_CHANGE -> {
                String money = excelFormat(ValueType.MONEY, currency);
                yield "\"+\"" + money + ";\"" + MINUS + "\"" + money + ";" + money;
            }
            case PERCENT_CHANGE -> {
                String percent = excelFormat(ValueType.PERCENT, currency);
                yield "\"+\"" + percent + ";\"" + MINUS + "\"" + percent + ";" + percent;
            }
            case INTEGER -> "#,##0";
            case YEAR -> "0";
            case DECIMAL -> "#,##0.00";
            case DATE -> "yyyy-mm-dd";
            case TEXT -> "@";
        };
    }
}
