package org.careerbench.data;

import org.careerbench.diagnostics.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.careerbench.diagnostics.Suggestions;

/**
 * Where each schema column of one file comes from — an export column, a constant, or
 * nowhere — and how one record's fields become typed values.
 */
final class Layout {
    /** The longest text a workbook cell holds (Excel's limit), so that validation and rendering agree. */
    static final int MAX_TEXT = 32_767;

    final SourceMapping mapping;
    final DatasetSchema schema;
    final List<String> header;
    final String file;
    final Place place;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Integer> filterPositions = new HashMap<>();
    private final Column[] columns;
    private final int[] sourceIndex;
    private final String[] constants;
    private final Map<String, String>[] valueMaps;
    /** With an unpivot: the wide columns' header positions and names; each record gives one row per entry. */
    private final List<Map.Entry<Integer, String>> wide;
    private final int nameColumn;
    private final int valueColumn;

    Layout(SourceMapping mapping, DatasetSchema schema, List<String> header, Place place) {
        this.mapping = mapping;
        this.schema = schema;
        this.header = List.copyOf(header);
        this.place = place;
        this.file = place.name();
        this.columns = schema.columns().toArray(Column[]::new);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip(), i);
        }
        for (Column c : schema.columns()) {
            Integer at = byName.get(mapping.sourceColumn(c.name()));
            if (at != null && !mapping.constants().containsKey(c.name())) {
                positions.put(c.name(), at);
            }
        }
        sourceIndex = new int[columns.length];
        constants = new String[columns.length];
        @SuppressWarnings("unchecked")
        Map<String, String>[] maps = new Map[columns.length];
        valueMaps = maps;
        for (int i = 0; i < columns.length; i++) {
            sourceIndex[i] = positions.getOrDefault(columns[i].name(), -1);
            constants[i] = mapping.constants().get(columns[i].name());
            valueMaps[i] = mapping.values().get(columns[i].name());
        }
        wide = mapping.rules().unpivot().map(u -> u.wide(header)).orElse(List.of());
        nameColumn = mapping.rules().unpivot().map(u -> schema.columns().indexOf(schema.column(u.nameColumn())
                .orElse(null))).orElse(-1);
        valueColumn = mapping.rules().unpivot().map(u -> schema.columns().indexOf(schema.column(u.valueColumn())
                .orElse(null))).orElse(-1);
        mapping.filters().keySet().forEach(f -> {
            Integer at = byName.get(f);
            if (at != null) {
                filterPositions.put(f, at);
            }
        });
    }

    List<Problem> headerProblems() {
        List<Problem> problems = new ArrayList<>();
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            return List.of(place.problem(place.headerLine(), 0, "", "an empty file (no header line)", "a header line naming "
                    + "the columns of dataset '" + schema.name() + "', then one row per record"));
        }
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null && !name.isEmpty()) {
                problems.add(place.problem(place.headerLine(), i + 1, name, "column '" + name + "' named twice in the header "
                        + "(columns " + (earlier + 1) + " and " + (i + 1) + ")", "each column named once, so that "
                        + "no value is read from the wrong one"));
            }
        }
        mapping.rules().unpivot().ifPresent(u -> {
            if (wide.isEmpty()) {
                problems.add(place.problem(place.headerLine(), 0, "", "no column matching the mapping's unpivot ("
                        + u.pattern().map(Pattern::pattern).orElse(String.valueOf(u.columns())) + ") in header "
                        + header, "the wide columns the unpivot names"));
            }
        });
        for (Column c : schema.columns()) {
            boolean fromUnpivot = mapping.rules().unpivot().map(u -> u.nameColumn().equals(c.name())
                    || u.valueColumn().equals(c.name())).orElse(false);
            if (c.required() && !fromUnpivot && !positions.containsKey(c.name())
                    && !mapping.constants().containsKey(c.name())) {
                String source = mapping.sourceColumn(c.name());
                problems.add(place.problem(place.headerLine(), 0, c.name(), "no column '" + source + "'"
                        + (source.equals(c.name()) ? "" : " (mapped to " + c.name() + ")") + " in header " + header
                        + Suggestions.didYouMean(source, header),
                        "a header naming every required column of dataset '" + schema.name() + "'"));
            }
        }
        for (String f : mapping.filters().keySet()) {
            if (!filterPositions.containsKey(f)) {
                problems.add(place.problem(place.headerLine(), 0, f, "no column '" + f + "' in header " + header,
                        "the column the mapping filters on"));
            }
        }
        return problems;
    }

    /** Whether the mapping's row filters keep the record; they compare the cleaned value, as the run reads it. */
    boolean passesFilters(Fields record) {
        for (Map.Entry<String, SourceMapping.RowFilter> f : mapping.filters().entrySet()) {
            int at = filterPositions.get(f.getKey());
            if (at >= record.size() || !f.getValue().accepts(ValueRules.text(clean(record.get(at)), r -> { }))) {
                return false;
            }
        }
        return true;
    }

    /** How many rows each record gives: one, or with an unpivot one per wide column. */
    int rowsPerRecord() {
        return wide.isEmpty() ? 1 : wide.size();
    }

    /**
     * Types the fields of one record (of its {@code variant}-th row, with an unpivot) into
     * {@code values}, adding each problem to {@code problems}.
     */
    void parse(Fields record, long line, Object[] values, Marker[] markers,
            Consumer<QualityReason> applied, List<Problem> problems, int variant) {
        for (int i = 0; i < columns.length; i++) {
            Column c = columns[i];
            String constant = constants[i];
            int at = sourceIndex[i];
            String raw;
            if (!wide.isEmpty() && i == nameColumn) {
                at = wide.get(variant).getKey();
                raw = wide.get(variant).getValue();
            } else if (!wide.isEmpty() && i == valueColumn) {
                at = wide.get(variant).getKey();
                raw = clean(record.get(at));
            } else {
                raw = constant != null ? constant : at >= 0 ? clean(record.get(at)) : "";
            }
            int col = at < 0 ? 0 : at + 1;
            Map<String, String> valueMap = valueMaps[i];
            if (valueMap != null && !raw.isEmpty()) {
                String mapped = valueMap.getOrDefault(raw, valueMap.get("*"));
                if (mapped == null && mapping.passThrough().contains(c.name())) {
                    mapped = raw;
                } else if (mapped != null && !mapped.equals(raw)) {
                    applied.accept(QualityReason.VALUE_MAPPED);
                }
                if (mapped == null) {
                    problems.add(place.problem(line, col, c.name(), '"' + raw + "\" with no mapping"
                            + Suggestions.didYouMean(raw, valueMap.keySet()),
                            "one of " + valueMap.keySet() + " (values: in " + mapping.source().getFileName()
                            + "; or list '" + c.name() + "' under pass-through: to keep unlisted values)"));
                    continue;
                }
                raw = mapped;
            }
            value(c, i, raw, line, col, values, markers, applied, problems);
        }
    }

    private void value(Column c, int i, String raw, long line, int col, Object[] values,
            Marker[] markers, Consumer<QualityReason> applied, List<Problem> problems) {
        if (raw.isEmpty()) {
            if (c.required()) {
                problems.add(place.problem(line, col, c.name(), "an empty value", c.type().expectation()));
            }
            return;
        }
        try {
            switch (c.type()) {
                case TEXT -> {
                    String text = ValueRules.text(raw, applied);
                    if (text.length() > MAX_TEXT) {
                        problems.add(place.problem(line, col, c.name(), "a text of " + text.length()
                                + " characters", "at most " + MAX_TEXT + " characters, what a workbook cell holds"));
                        return;
                    }
                    if (!c.allowed().isEmpty() && !c.allowed().contains(text)) {
                        problems.add(place.problem(line, col, c.name(), '"' + text + '"'
                                + Suggestions.didYouMean(text, c.allowed()), "one of " + c.allowed()));
                        return;
                    }
                    values[i] = text;
                }
                case BOOLEAN -> values[i] = bool(ValueRules.text(raw, applied));
                case INTEGER, DECIMAL -> number(c, i, raw, line, col, values, markers, applied, problems);
            }
        } catch (IllegalArgumentException e) {
            problems.add(place.problem(line, col, c.name(), '"' + raw + '"', c.type().expectation()));
        }
    }

    private void number(Column c, int i, String raw, long line, int col, Object[] values,
            Marker[] markers, Consumer<QualityReason> applied, List<Problem> problems) {
        if (ValueRules.isPlainDecimal(raw)) {
            // The common case, without the bookkeeping of the rules below.
            store(c, i, Double.parseDouble(raw), raw, line, col, values, problems);
            return;
        }
        List<QualityReason> used = new ArrayList<>(2);
        ValueRules.Reading r = ValueRules.number(raw, used::add);
        if (r.marker() != Marker.NONE) {
            if (!c.markers()) {
                problems.add(place.problem(line, col, c.name(), '"' + raw + "\" (a publisher's marker)",
                        c.type().expectation()));
                return;
            }
            markers[i] = r.marker();
            if (Double.isNaN(r.value())) {
                used.forEach(applied);
                return;
            }
        }
        store(c, i, r.value(), raw, line, col, values, problems);
        used.forEach(applied);
    }

    /** Stores a number as its column's type (whole numbers as Long) and checks the allowed values. */
    private void store(Column c, int i, double v, String raw, long line, int col, Object[] values,
            List<Problem> problems) {
        if (c.type() == ColumnType.INTEGER) {
            if (v != Math.rint(v) || Math.abs(v) > Long.MAX_VALUE / 2) {
                throw new NumberFormatException("not whole");
            }
            values[i] = (long) v;
        } else {
            values[i] = v;
        }
        if (!c.allowed().isEmpty() && !c.allowed().contains(raw)) {
            problems.add(place.problem(line, col, c.name(), '"' + raw + '"'
                    + Suggestions.didYouMean(raw, c.allowed()), "one of " + c.allowed()));
        }
    }

    /** Surrounding whitespace removed; the common case (none) costs two comparisons. */
    static String clean(String s) {
        int n = s.length();
        return n == 0 || s.charAt(0) > ' ' && s.charAt(n - 1) > ' ' ? s : s.strip();
    }

    private static boolean bool(String raw) {
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        if (raw.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(raw);
    }
}
