package org.careerbench.render.xlsx;

import java.text.Normalizer;
import java.util.Locale;
import org.careerbench.report.InputKey;
import org.careerbench.report.LiveValue;
import org.careerbench.stats.Statistic;

/**
 * The Excel formulas CareerBench writes, in one place: each {@link LiveValue} of the model turned
 * into formula text over the workbook's named inputs and the structured references of its tables.
 */
final class Formulas {
    private Formulas() {
    }

    /**
     * The formula (without the leading '=') for {@code value} in a row of table {@code table}.
     *
     * @param table the Excel Table the cell's row belongs to, as written on this sheet
     */
    static String of(LiveValue value, String table) {
        if (value instanceof LiveValue.AgingFactor a) {
            return agingFactor(table, a.yearColumn());
        }
        if (value instanceof LiveValue.Product p) {
            return thisRow(table, p.left()) + "*" + thisRow(table, p.right());
        }
        if (value instanceof LiveValue.Ratio r) {
            return thisRow(table, r.numerator()) + "/" + thisRow(table, r.denominator());
        }
        if (value instanceof LiveValue.Penetration p) {
            return "(" + thisRow(table, p.value()) + "-" + thisRow(table, p.min()) + ")/(" + thisRow(table, p.max())
                    + "-" + thisRow(table, p.min()) + ")";
        }
        if (value instanceof LiveValue.CellStatistic c) {
            return statistic(c);
        }
        if (value instanceof LiveValue.Input i) {
            return name(i.input());
        }
        LiveValue.Localised l = (LiveValue.Localised) value;
        return "INDEX(" + table + "[" + l.nationalColumn() + "],1)*" + thisRow(table, l.indexColumn()) + "/100";
    }

    /** The defined name of a workbook input, e.g. {@code AgingRate} or {@code GeoIndex_West_Coast}. */
    static String name(InputKey key) {
        return switch (key.kind()) {
            case EFFECTIVE_DATE -> "EffectiveDate";
            case AGING_METHOD -> "AgingMethod";
            case AGING_RATE -> "AgingRate";
            case TARGET_PERCENTILE -> "TargetPercentile";
            case GEO_INDEX -> geoIndexName(key.area());
        };
    }

    /** {@code Table[[#This Row],[column]]}. */
    static String thisRow(String table, String column) {
        return table + "[[#This Row],[" + column + "]]";
    }

    /**
     * The aging factor of the row's year: whole calendar months from July of the year paid to the
     * month of the effective date, compounded or simple as {@code AgingMethod} says.
     */
    private static String agingFactor(String table, String yearColumn) {
        String date = name(InputKey.of(InputKey.Kind.EFFECTIVE_DATE));
        String method = name(InputKey.of(InputKey.Kind.AGING_METHOD));
        String rate = name(InputKey.of(InputKey.Kind.AGING_RATE));
        String months = "((YEAR(" + date + ")-" + thisRow(table, yearColumn) + ")*12+MONTH(" + date + ")-7)";
        return "IF(" + method + "=\"none\",1,IF(" + method + "=\"simple\",1+" + rate + "*" + months
                + "/12,(1+" + rate + ")^(" + months + "/12)))";
    }

    /** A statistic over the contiguous rows of a table whose key column equals the cell's key. */
    private static String statistic(LiveValue.CellStatistic c) {
        String percentile = c.statistic().map(s -> s == Statistic.N ? "n" : s == Statistic.MEAN ? "mean"
                : String.format(Locale.ROOT, "%.2f", s.fraction()))
                .orElse(name(InputKey.of(InputKey.Kind.TARGET_PERCENTILE)));
        String k = "\"" + c.key().replace("\"", "\"\"") + "\"";
        String keys = c.table() + "[" + c.keyColumn() + "]";
        String values = c.table() + "[" + c.valueColumn() + "]";
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
        String cleaned = Normalizer.normalize(area, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return "GeoIndex_" + (cleaned.isEmpty() ? "area" : cleaned);
    }
}
