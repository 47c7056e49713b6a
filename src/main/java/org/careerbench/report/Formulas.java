package org.careerbench.report;

import java.util.Locale;
import org.careerbench.stats.Statistic;

/**
 * The Excel formulas CareerBench writes, in one place: aging from the Assumptions sheet's named
 * cells, and statistics over a block of an observations table. Names used: {@code AgingMethod},
 * {@code AgingRate}, {@code EffectiveDate}, {@code TargetPercentile}, {@code GeoIndex_*}.
 */
final class Formulas {
    static final String AGING_METHOD = "AgingMethod";
    static final String AGING_RATE = "AgingRate";
    static final String EFFECTIVE_DATE = "EffectiveDate";
    static final String TARGET_PERCENTILE = "TargetPercentile";

    private Formulas() {
    }

    /** {@code Table[[#This Row],[column]]}. */
    static String thisRow(String table, String column) {
        return table + "[[#This Row],[" + column + "]]";
    }

    /**
     * The aging factor of the row's year: whole calendar months from July of the year paid to the
     * month of the effective date, compounded or simple as {@code AgingMethod} says.
     */
    static String agingFactor(String table, String yearColumn) {
        String months = "((YEAR(" + EFFECTIVE_DATE + ")-" + thisRow(table, yearColumn) + ")*12+MONTH(" + EFFECTIVE_DATE
                + ")-7)";
        return "IF(" + AGING_METHOD + "=\"none\",1,IF(" + AGING_METHOD + "=\"simple\",1+" + AGING_RATE + "*" + months
                + "/12,(1+" + AGING_RATE + ")^(" + months + "/12)))";
    }

    /** A statistic over the rows of {@code table} whose {@code keyColumn} equals {@code key}; the rows must be contiguous. */
    static String statistic(String table, String keyColumn, String key, String valueColumn, Statistic s) {
        return statistic(table, keyColumn, key, valueColumn, s == Statistic.N ? "n" : s == Statistic.MEAN ? "mean"
                : String.format(Locale.ROOT, "%.2f", s.fraction()));
    }

    /**
     * As {@link #statistic(String, String, String, String, Statistic)}, with the percentile given as
     * an expression (a number or a name such as {@code TargetPercentile}); "n" and "mean" select
     * those statistics.
     */
    static String statistic(String table, String keyColumn, String key, String valueColumn, String percentile) {
        String k = "\"" + key.replace("\"", "\"\"") + "\"";
        String keys = table + "[" + keyColumn + "]";
        String values = table + "[" + valueColumn + "]";
        String count = "COUNTIF(" + keys + "," + k + ")";
        return switch (percentile) {
            case "n" -> count;
            case "mean" -> "AVERAGEIF(" + keys + "," + k + "," + values + ")";
            default -> "_xlfn.PERCENTILE.INC(OFFSET(INDEX(" + values + ",1),MATCH(" + k + "," + keys + ",0)-1,0,"
                    + count + ",1)," + percentile + ")";
        };
    }

    /** The defined name of an area's geographic index, e.g. {@code GeoIndex_West_Coast}. */
    static String geoIndexName(String area) {
        String cleaned = java.text.Normalizer.normalize(area, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return "GeoIndex_" + (cleaned.isEmpty() ? "area" : cleaned);
    }
}
