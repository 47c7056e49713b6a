package org.careerbench.render.xlsx;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerbench.report.InputKey;
import org.careerbench.report.LiveValue;
import org.careerbench.stats.Statistic;

/**
 * The one place where formula text is written: each {@link LiveValue} of the model becomes a
 * formula over the workbook's named inputs and its tables' structured references, and every
 * value that came from data is escaped by the rules of the construct it lands in — a column in
 * a structured reference ({@code [ ] # '} escaped with {@code '}), a text literal ({@code "}
 * doubled, and as a criterion: compared for equality, its wildcards {@code * ? ~} escaped with
 * {@code ~}), a defined name (letters, digits and {@code _} only, unique without regard to case).
 * A column whose name came from data is addressed by its position, never by its name. One
 * instance per workbook: the names it gives are unique in that workbook.
 */
final class Formulas {
    private static final int MAX_NAME = 200;

    private final Map<InputKey, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * Where a live cell is written.
     *
     * @param table        the Excel Table the cell's row belongs to, as written on this sheet
     * @param headers      that table's column headers, in order (as in the model)
     * @param firstDataRow the 0-based sheet row of the table's first data row
     * @param firstColumn  the 0-based sheet column of the table's first column
     */
    record Place(String table, List<String> headers, int firstDataRow, int firstColumn) {
    }

    /** The formula (without the leading '=') for {@code value} written at {@code place}. */
    String of(LiveValue value, Place place) {
        return of(value, place, column -> thisRow(place.table(), column));
    }

    /**
     * The formula for {@code value} in sheet row {@code row} of {@code place} with "this row"
     * written as relative A1 references (e.g. {@code G6}), as the first cell of a shared formula
     * holds it: the same text then serves every row below.
     */
    String sharedAt(LiveValue value, Place place, int row) {
        return of(value, place, column -> {
            int c = place.headers().indexOf(column);
            if (c < 0) {
                throw new IllegalArgumentException("no column '" + column + "' in table " + place.table());
            }
            return new org.apache.poi.ss.util.CellReference(row, place.firstColumn() + c, false, false)
                    .formatAsString();
        });
    }

    private String of(LiveValue value, Place place, java.util.function.UnaryOperator<String> thisRow) {
        String table = place.table();
        if (value instanceof LiveValue.AgingFactor a) {
            return agingFactor(thisRow.apply(a.yearColumn()));
        }
        if (value instanceof LiveValue.Product p) {
            return thisRow.apply(p.left()) + "*" + thisRow.apply(p.right());
        }
        if (value instanceof LiveValue.Sum p) {
            return thisRow.apply(p.left()) + "+" + thisRow.apply(p.right());
        }
        if (value instanceof LiveValue.Gap g) {
            String men = thisRow.apply(g.men());
            return "(" + men + "-" + thisRow.apply(g.women()) + ")/" + men;
        }
        if (value instanceof LiveValue.Share h) {
            return count(whole(h.table(), h.partColumn()), h.partKey()) + "/"
                    + count(whole(h.table(), h.wholeColumn()), h.wholeKey());
        }
        if (value instanceof LiveValue.GroupGap g) {
            String men = groupMean(g, "male");
            return "(" + men + "-" + groupMean(g, "female") + ")/" + men;
        }
        if (value instanceof LiveValue.PaidLess p) {
            // SUMPRODUCT compares the numbers themselves; a criterion "<"&pay would compare 15 digits of text.
            return "SUMPRODUCT(--(" + whole(p.table(), p.payColumn()) + "<" + thisRow.apply(p.payColumn())
                    + "))";
        }
        if (value instanceof LiveValue.SamePay p) {
            String same = "(" + whole(p.table(), p.payColumn()) + "=" + thisRow.apply(p.payColumn()) + ")";
            return p.sexColumn().map(sex -> "SUMPRODUCT(" + same + "*(" + whole(p.table(), sex) + "="
                    + text("female") + "))").orElse("SUMPRODUCT(--" + same + ")");
        }
        if (value instanceof LiveValue.AheadOnSamePay a) {
            String pays = whole(a.table(), a.payColumn());
            String pay = thisRow.apply(a.payColumn());
            return "SUMPRODUCT((" + pays + "=" + pay + ")*(" + whole(a.table(), a.sexColumn()) + "="
                    + thisRow.apply(a.sexColumn()) + ")*(ROW(" + pays + ")<ROW(" + pay + ")))";
        }
        if (value instanceof LiveValue.PayRank r) {
            return payRank(r, thisRow);
        }
        if (value instanceof LiveValue.QuartileBand b) {
            return "INT(4*(" + thisRow.apply(b.rankColumn()) + "-1)/ROWS(" + whole(b.table(), b.rankColumn())
                    + "))+1";
        }
        if (value instanceof LiveValue.BandCount b) {
            return "COUNTIFS(" + whole(b.table(), b.bandColumn()) + "," + b.band() + "," + whole(b.table(),
                    b.sexColumn()) + "," + equalTo(b.sex()) + ")";
        }
        if (value instanceof LiveValue.BandPay b) {
            return bandPay(b);
        }
        if (value instanceof LiveValue.ShareOfBoth b) {
            String part = thisRow.apply(b.part());
            return part + "/(" + part + "+" + thisRow.apply(b.other()) + ")";
        }
        if (value instanceof LiveValue.Ratio r) {
            String denominator = thisRow.apply(r.denominator());
            String ratio = thisRow.apply(r.numerator()) + "/" + denominator;
            // Blank, like its denominator, when that is withheld (a target percentile the rule withholds).
            return r.blankIfWithheld() ? "IF(ISNUMBER(" + denominator + ")," + ratio + ",\"\")" : ratio;
        }
        if (value instanceof LiveValue.Penetration p) {
            return "(" + thisRow.apply(p.value()) + "-" + thisRow.apply(p.min()) + ")/(" + thisRow.apply(p.max())
                    + "-" + thisRow.apply(p.min()) + ")";
        }
        if (value instanceof LiveValue.CellStatistic c) {
            return statistic(c);
        }
        if (value instanceof LiveValue.TargetPercentile t) {
            return targetPercentile(t, place);
        }
        if (value instanceof LiveValue.Input i) {
            return name(i.input());
        }
        if (value instanceof LiveValue.Member m) {
            return member(m, thisRow);
        }
        if (value instanceof LiveValue.ColumnStatistic c) {
            String values = whole(c.table(), c.column());
            return switch (c.statistic()) {
                case N -> "COUNT(" + values + ")";
                case MEAN -> "AVERAGE(" + values + ")";
                default -> "_xlfn.PERCENTILE.INC(" + values + "," + String.format(Locale.ROOT, "%.2f",
                        c.statistic().fraction()) + ")";
            };
        }
        LiveValue.Localised l = (LiveValue.Localised) value;
        // The national column is named after data (a level): address its first data cell by position, never
        // by name (a name from data would be code in the formula).
        int column = place.headers().indexOf(l.nationalColumn());
        if (column < 0) {
            throw new IllegalArgumentException("no column '" + l.nationalColumn() + "' in table " + table);
        }
        String national = new org.apache.poi.ss.util.CellReference(place.firstDataRow(), place.firstColumn() + column,
                true, false).formatAsString();
        return national + "*" + thisRow.apply(l.indexColumn()) + "/100";
    }

    /**
     * The defined name of a workbook input: {@code AgingRate} and the like, or for an area's
     * geographic index {@code GeoIndex_} and the area's letters and digits — unique in this
     * workbook without regard to case, whatever the area's name.
     */
    String name(InputKey key) {
        return names.computeIfAbsent(key, k -> {
            String base = switch (k.kind()) {
                case EFFECTIVE_DATE -> "EffectiveDate";
                case AGING_METHOD -> "AgingMethod";
                case AGING_RATE -> "AgingRate";
                case TARGET_PERCENTILE -> "TargetPercentile";
                case GEO_INDEX -> "GeoIndex_" + cleaned(k.area());
            };
            String name = base;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "_" + i;
            }
            return name;
        });
    }

    /** {@code Table[[#This Row],[column]]}, the column escaped. */
    static String thisRow(String table, String column) {
        return table + "[[#This Row],[" + column(column) + "]]";
    }

    /**
     * The value of column {@code answer} in the one row of {@code table} whose key columns equal the
     * values in {@code keyCells}; the text {@code none} when no single row matches or that row's cell
     * holds no number (withheld). Each key is compared for equality, its wildcards escaped as the
     * formula runs ({@code SUBSTITUTE}), since the reader's pick is not known when it is written.
     * COUNTIFS and SUMIFS, not array arithmetic, so that every spreadsheet — and POI — evaluates it.
     */
    static String lookup(String table, List<String> keyHeaders, List<String> keyCells, String answer, String none) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < keyHeaders.size(); i++) {
            keys.append(',').append(table).append('[').append(column(keyHeaders.get(i))).append("],\"=\"&")
                    .append("SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(").append(keyCells.get(i))
                    .append(",\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")");
        }
        String values = whole(table, answer);
        return "IF(COUNTIFS(" + values + ",\">=0\"" + keys + ")=1,SUMIFS(" + values + keys + ")," + text(none) + ")";
    }

    /** {@code Table[column]}: a table's whole column, the name escaped. */
    static String whole(String table, String column) {
        return table + "[" + column(column) + "]";
    }

    /** A column name as it may stand inside a structured reference's brackets. */
    static String column(String name) {
        StringBuilder s = new StringBuilder(name.length());
        for (char ch : name.toCharArray()) {
            if (ch == '[' || ch == ']' || ch == '#' || ch == '\'') {
                s.append('\'');
            }
            s.append(ch);
        }
        return s.toString();
    }

    /** A text literal: in quotes, quotes doubled. */
    static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** A value as a lookup that matches it literally: wildcards escaped. */
    static String literalLookup(String value) {
        return text(withoutWildcards(value));
    }

    /** A criterion (COUNTIF, AVERAGEIF) that holds for cells equal to {@code value} and nothing else. */
    static String equalTo(String value) {
        return text("=" + withoutWildcards(value));
    }

    /** {@code * ? ~} escaped with {@code ~}, so that a lookup or criterion takes them literally. */
    private static String withoutWildcards(String value) {
        return value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    }

    /**
     * The aging factor of the row's year: whole calendar months from July of the year paid to the
     * month of the effective date, compounded or simple as {@code AgingMethod} says.
     */
    private String agingFactor(String year) {
        String date = name(InputKey.of(InputKey.Kind.EFFECTIVE_DATE));
        String method = name(InputKey.of(InputKey.Kind.AGING_METHOD));
        String rate = name(InputKey.of(InputKey.Kind.AGING_RATE));
        String months = "((YEAR(" + date + ")-" + year + ")*12+MONTH(" + date + ")-7)";

        return "IF(" + method + "=\"none\",1,IF(" + method + "=\"simple\",1+" + rate + "*" + months
                + "/12,(1+" + rate + ")^(" + months + "/12)))";
    }

    /** The mean of one sex's rows of a group, for a group's pay gap. */
    private static String groupMean(LiveValue.GroupGap g, String sex) {
        String values = whole(g.table(), g.valueColumn());
        return "AVERAGEIFS(" + values + "," + whole(g.table(), g.sexColumn()) + "," + equalTo(sex) + ","
                + whole(g.table(), g.groupColumn()) + "," + equalTo(g.group())
                + (g.receivingOnly() ? "," + values + ",\">0\"" : "") + ")";
    }

    /**
     * A row's rank by pay from its standing's columns: {@code ⌈((j+1)·k − h)/w⌉}, written
     * {@code -INT((h-(j+1)*k)/w)}, for a woman, {@code INT((j·k + h)/(k − w)) + 1} for a man, after
     * the rows paid less ({@code h = INT(k/2)}).
     */
    private static String payRank(LiveValue.PayRank r, java.util.function.UnaryOperator<String> thisRow) {
        String k = thisRow.apply(r.samePay());
        String w = thisRow.apply(r.womenOnSamePay());
        String j = thisRow.apply(r.ahead());
        String h = "INT(" + k + "/2)";
        return thisRow.apply(r.paidLess()) + "+IF(" + thisRow.apply(r.sexColumn()) + "=" + text("female") + ",-INT(("
                + h + "-(" + j + "+1)*" + k + ")/" + w + "),INT((" + j + "*" + k + "+" + h + ")/(" + k + "-" + w
                + "))+1)";
    }

    /**
     * The pay of a quartile band's lowest ranked row ({@code ⌈(band − 1)·n/4⌉ + 1}) or highest
     * ({@code ⌈band·n/4⌉}), n the table's rows, looked up by its rank.
     */
    private static String bandPay(LiveValue.BandPay b) {
        String ranks = whole(b.table(), b.rankColumn());
        String rank = b.highest() ? "-INT(-" + b.band() + "*ROWS(" + ranks + ")/4)"
                : "-INT(-" + (b.band() - 1) + "*ROWS(" + ranks + ")/4)+1";
        return "INDEX(" + whole(b.table(), b.payColumn()) + ",MATCH(" + rank + "," + ranks + ",0))";
    }

    /** A statistic over the contiguous rows of a table whose key column equals the cell's key. */
    private String statistic(LiveValue.CellStatistic c) {
        String keys = whole(c.table(), c.keyColumn());
        String values = whole(c.table(), c.valueColumn());
        return switch (c.statistic()) {
            case N -> count(keys, c.key());
            case MEAN -> "AVERAGEIF(" + keys + "," + equalTo(c.key()) + "," + values + ")";
            default -> percentile(keys, values, c.key(), String.format(Locale.ROOT, "%.2f", c.statistic().fraction()));
        };
    }

    /**
     * The target percentile input over a key's rows, or a blank (as a withheld cell is in a workbook)
     * when the rule withholds that percentile for that many rows:
     * {@code IF(n<IF(OR(p<0.25,p>0.75),tails,central),"",percentile)}.
     */
    private String targetPercentile(LiveValue.TargetPercentile t, Place place) {
        String keys = whole(t.table(), t.keyColumn());
        String values = whole(t.table(), t.valueColumn());
        String p = name(InputKey.of(InputKey.Kind.TARGET_PERCENTILE));
        String rows = "OFFSET(INDEX(" + values + ",1),MATCH(" + literalLookup(t.key()) + "," + keys + ",0)-1,0,"
                + count(keys, t.key()) + ",1)";
        String figure = "_xlfn.PERCENTILE.INC(" + rows + "," + p + ")"
                + t.indexColumn().map(index -> "*" + thisRow(place.table(), index) + "/100").orElse("");
        return "IF(COUNT(" + rows + ")<IF(OR(" + p + "<0.25," + p + ">0.75)," + t.minTails() + ","
                + t.minCentral() + "),\"\"," + figure + ")";
    }

    /**
     * This row's value where every condition holds, else the empty text:
     * {@code IF(AND(OR(EXACT(col,"a"),EXACT(col,"b")),…),value,"")} — EXACT, since "=" in a formula
     * ignores case and the data's values do not.
     */
    private static String member(LiveValue.Member m, java.util.function.UnaryOperator<String> thisRow) {
        List<String> tests = new java.util.ArrayList<>();
        for (var c : m.conditions().entrySet()) {
            String cell = thisRow.apply(c.getKey());
            List<String> one = c.getValue().stream().map(v -> "EXACT(" + cell + "," + text(v) + ")").toList();
            tests.add(one.size() == 1 ? one.get(0) : "OR(" + String.join(",", one) + ")");
        }
        String test = tests.size() == 1 ? tests.get(0) : "AND(" + String.join(",", tests) + ")";
        return "IF(" + test + "," + thisRow.apply(m.valueColumn()) + ",\"\")";
    }

    private String count(String keys, String key) {
        return "COUNTIF(" + keys + "," + equalTo(key) + ")";
    }

    /** {@code fraction} (a number or a name) of a key's contiguous rows of {@code values}. */
    private String percentile(String keys, String values, String key, String fraction) {
        return "_xlfn.PERCENTILE.INC(OFFSET(INDEX(" + values + ",1),MATCH(" + literalLookup(key) + "," + keys
                + ",0)-1,0," + count(keys, key) + ",1)," + fraction + ")";
    }

    /** An area's name reduced to letters, digits and {@code _}, and cut to a length names allow. */
    private static String cleaned(String area) {
        String cleaned = Normalizer.normalize(area, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "area";
        }
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }
}
