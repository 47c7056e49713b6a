package org.careerbench.data;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared rules for messy cell text, applied the same way to every file:
 *
 * <ul>
 *   <li>{@code ="15-1244"} (a spreadsheet escape) reads as {@code 15-1244};</li>
 *   <li>in numbers, {@code 151,853,870} reads as 151853870 (groups of exactly three digits);</li>
 *   <li>a leading {@code $}, {@code €} or {@code £} is removed;</li>
 *   <li>{@code *}, {@code **}, {@code N/A}, {@code NA}, {@code n/a}, {@code -} mean "not available";</li>
 *   <li>{@code #} means top-coded without a value; {@code >=208,000}, {@code >208000} or
 *       {@code ≥208,000} mean top-coded at 208,000.</li>
 * </ul>
 *
 * Anything else that is not a plain decimal number is an error: nothing is guessed.
 */
public final class ValueRules {
    private static final Set<String> NOT_AVAILABLE = Set.of("*", "**", "N/A", "NA", "n/a", "na", "-", "—");
    private static final Pattern ESCAPE = Pattern.compile("^=\"(.*)\"$");
    private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Pattern PLAIN = Pattern.compile("^-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern TOP_CODE = Pattern.compile("^(>=|>|≥)\\s*(.+)$");

    private ValueRules() {
    }

    /** A number read from a cell, with the publisher's marker; {@code value} is NaN when there is none. */
    public record Reading(double value, Marker marker) {
    }

    /** Removes a spreadsheet escape, reporting it to {@code applied}. */
    public static String text(String raw, Consumer<QualityReason> applied) {
        if (raw.isEmpty() || raw.charAt(0) != '=') {
            return raw;
        }
        Matcher m = ESCAPE.matcher(raw);
        if (m.matches()) {
            applied.accept(QualityReason.SPREADSHEET_ESCAPE);
            return m.group(1);
        }
        return raw;
    }

    /**
     * Reads a numeric cell.
     *
     * @param raw     the trimmed cell text, not empty
     * @param applied receives each cleaning rule used
     * @throws NumberFormatException when no rule makes it a number
     */
    public static Reading number(String raw, Consumer<QualityReason> applied) {
        if (isPlainDecimal(raw)) {
            return new Reading(Double.parseDouble(raw), Marker.NONE);
        }
        String s = text(raw, applied).strip();
        if (NOT_AVAILABLE.contains(s)) {
            return new Reading(Double.NaN, Marker.NOT_AVAILABLE);
        }
        if (s.equals("#")) {
            applied.accept(QualityReason.TOP_CODED_NO_VALUE);
            return new Reading(Double.NaN, Marker.TOP_CODED);
        }
        Matcher top = TOP_CODE.matcher(s);
        if (top.matches()) {
            applied.accept(QualityReason.TOP_CODED);
            return new Reading(plain(top.group(2), applied), Marker.TOP_CODED);
        }
        return new Reading(plain(s, applied), Marker.NONE);
    }

    /** Digits with at most one '.' and an optional leading '-': the common case, read without a regex. */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return false;
        }
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else if (!(c == '-' && i == 0)) {
                return false;
            }
        }
        return digit;
    }

    private static double plain(String text, Consumer<QualityReason> applied) {
        String s = text.strip();
        if (!s.isEmpty() && "$€£".indexOf(s.charAt(0)) >= 0) {
            applied.accept(QualityReason.CURRENCY_SYMBOL);
            s = s.substring(1).strip();
        }
        if (GROUPED.matcher(s).matches()) {
            applied.accept(QualityReason.THOUSANDS_SEPARATOR);
            s = s.replace(",", "");
        }
        if (!PLAIN.matcher(s).matches()) {
            throw new NumberFormatException("not a number: " + text.toLowerCase(Locale.ROOT));
        }
        return Double.parseDouble(s);
    }
}
