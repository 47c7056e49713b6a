package org.careerbench.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template language's data blocks in one table: each block kind and source with the keys it
 * accepts and their defaults. {@link BlockParser} reads exactly these keys (a test holds the two
 * together) and {@code docs/template-reference.md} prints this table.
 */
public final class Vocabulary {
    /**
     * One key of a block.
     *
     * @param name         the key as written
     * @param defaultValue what applies when it is left out ("required" when it must be written)
     * @param example      a value that is valid for this key, for documentation and tests
     */
    public record Key(String name, String defaultValue, String example) {
    }

    /**
     * The keys of one block kind and source.
     *
     * @param kind   {@code figures}, {@code table} or {@code chart}
     * @param source the {@code source:} word
     * @param keys   every key accepted, {@code source} included
     */
    public record Entry(String kind, String source, List<Key> keys) {
        public Entry {
            keys = List.copyOf(keys);
        }

        /** The accepted key names, in order. */
        public List<String> keyNames() {
            return keys.stream().map(Key::name).toList();
        }
    }

    /** Block kinds: the word after the opening fence. */
    public static final List<String> KINDS = List.of("figures", "table", "chart");

    private static final Key NAME = new Key("name", "from the source", "Custom");
    private static final Key CAPTION = new Key("caption", "none", "A caption");
    private static final Key FILTER = new Key("filter", "none", "{country: US}");
    private static final Key PAY = new Key("pay", "the template's pay", "base");
    private static final Key TITLE = new Key("title", "from the data", "A title");
    private static final Key CATEGORY_AXIS = new Key("category-axis", "from the data", "Level");
    private static final Key VALUE_AXIS = new Key("value-axis", "from the data", "Pay");
    private static final Key ID = new Key("id", "required", "a_figure");
    private static final Key LABEL = new Key("label", "required", "A label");
    private static final Key NOTE = new Key("note", "generated", "A note");
    private static final Key CHANGE = new Key("change", "none; previous, year or both", "[previous, year]");

    private static final List<Entry> ENTRIES = List.of(
            figure("benchmark", new Key("source", "benchmark", "benchmark"), ID, LABEL,
                    new Key("statistic", "p50", "p50"), FILTER, PAY, NOTE, CHANGE),
            figure("observations", new Key("source", "required", "observations"), ID, LABEL,
                    new Key("statistic", "n", "n"), FILTER, NOTE, CHANGE),
            figure("market", new Key("source", "required", "market"), ID, LABEL,
                    new Key("statistic", "last", "cagr"), new Key("indicator", "the first in the data", "Global SRE market size"),
                    new Key("from", "the first year", "2024"), new Key("to", "the last year", "2030"), NOTE, CHANGE),
            table("benchmark", new Key("rows", "[level]", "[level, region]"), FILTER,
                    new Key("statistics", "[n, p25, p50, p75]", "[n, p50]"), PAY,
                    new Key("sort", "as grouped", "p50 desc"), new Key("top", "all rows", "3"), CHANGE),
            table("ranges", FILTER),
            table("observations", new Key("rows", "unsorted", "[level, region]"), FILTER,
                    new Key("withheld", "leave-out: rows of a cell whose median is withheld are left out", "show")),
            table("market", new Key("indicator", "the first in the data", "Global SRE market size")),
            table("skills", new Key("top", "all skills", "3")),
            table("differentials"),
            table("sources"),
            table("sample", new Key("by", "[country, company_size, level, year]", "[country, level]"),
                    new Key("top", "8 values of each, the rest as one row", "5")),
            table("survey", FILTER),
            table("geo", new Key("rows", "level", "level"), new Key("statistics", "[p50]", "[p50]"), FILTER, PAY),
            table("positioning", new Key("filter", "none: every country", "{country: US}"),
                    new Key("areas", "region ends with the area", "{US West Coast: West Coast}")),
            table("checks", new Key("observations", "Observations", "Observations"),
                    new Key("rows", "[level]", "[level, region]"), new Key("statistics", "[n, p50]", "[n, p50]"),
                    FILTER),
            table("changes", new Key("threshold", "0.05: moves of 5% or more", "0.1"),
                    new Key("minimum-n", "20: a figure on fewer observations then or now is not compared", "30")),
            table("findings", FILTER, new Key("by", "[level]: groups of too few observations are named", "[level, region]"),
                    new Key("band", "0.1: a median within 10% of a range's midpoint is competitive", "0.05"),
                    new Key("minimum-n", "20: a movement on fewer observations then or now is not told", "30"),
                    new Key("threshold", "0.05: movements of 5% or more are told", "0.1"),
                    new Key("top", "3: the largest movements told", "5")),
            table("pay-gap", new Key("show", "summary: the gaps of Article 9(1)(a)-(e); quartiles; categories; "
                    + "workers (analyst workbook only)",
                    "quartiles"),
                    new Key("minimum-n", "5: the fewest women, and men, a published gap rests on", "10"),
                    new Key("threshold", "0.05: a category's gap from which a joint pay assessment is due", "0.05"),
                    new Key("full-time-hours", "40: a full-time week, for employees given by FTE", "37.5"),
                    new Key("justified", "none: categories whose gap has an objective reason",
                            "{Staff Engineer: on-call allowance}"),
                    new Key("rules", "eu: hourly pay is basic plus variable; uk: basic (ordinary) pay only", "uk")),
            table("lookup", new Key("table", "required: the name of a benchmark table above it", "Benchmark"),
                    new Key("statistics", "[n, p25, p50, p75]", "[n, p50]")),
            table("history", new Key("figures", "required: key figure ids of this template", "[senior_p50, mid_p50]"),
                    new Key("periods", "12: this period and the 11 published before", "24")),
            new Entry("table", "assumptions", List.of(new Key("source", "required", "assumptions"))),
            new Entry("table", "quality", List.of(new Key("source", "required", "quality"), NAME)),
            table("methodology"),
            chart("benchmark", new Key("type", "bar", "hbar"), new Key("rows", "level", "level"), FILTER,
                    new Key("statistics", "[n, p25, p50, p75]", "[p50]"), PAY,
                    new Key("sort", "as grouped", "p50 desc"), new Key("top", "all rows", "3"), CATEGORY_AXIS,
                    VALUE_AXIS),
            chart("ranges", new Key("type", "box", "box"), FILTER, PAY, CATEGORY_AXIS, VALUE_AXIS),
            chart("paymix", new Key("type", "stacked", "stacked"), FILTER),
            chart("pay-gap", new Key("type", "stacked", "stacked"),
                    new Key("minimum-n", "5: the fewest people a quartile band is drawn for", "10"),
                    new Key("full-time-hours", "40: a full-time week, for employees given by FTE", "37.5"),
                    new Key("rules", "eu: hourly pay is basic plus variable; uk: basic (ordinary) pay only", "uk")),
            chart("market", new Key("type", "line", "bar"), new Key("indicator", "the first in the data", "Global SRE market size"),
                    CATEGORY_AXIS, VALUE_AXIS),
            chart("skills", new Key("type", "hbar", "bar"), new Key("top", "all skills", "3"), CATEGORY_AXIS,
                    VALUE_AXIS),
            chart("history", new Key("type", "line", "bar"),
                    new Key("figures", "required: key figure ids of this template", "[senior_p50, mid_p50]"),
                    new Key("periods", "12: this period and the 11 published before", "24"), CATEGORY_AXIS,
                    VALUE_AXIS));

    /** Chart types each chart source can be drawn as; the first is the default. */
    static final Map<String, List<String>> CHART_TYPES = Map.of(
            "benchmark", List.of("bar", "hbar", "line"),
            "ranges", List.of("box"),
            "paymix", List.of("stacked"),
            "pay-gap", List.of("stacked"),
            "market", List.of("line", "bar"),
            "skills", List.of("hbar", "bar"),
            "history", List.of("line", "bar"));

    private Vocabulary() {
    }

    private static Entry figure(String source, Key... keys) {
        return new Entry("figures", source, List.of(keys));
    }

    private static Entry table(String source, Key... keys) {
        List<Key> all = new ArrayList<>(List.of(new Key("source", "required", source), NAME, CAPTION));
        all.addAll(List.of(keys));
        return new Entry("table", source, all);
    }

    private static Entry chart(String source, Key... keys) {
        List<Key> all = new ArrayList<>(List.of(new Key("source", "required", source), NAME, TITLE));
        all.addAll(List.of(keys));
        return new Entry("chart", source, all);
    }

    /** Every block kind and source, in the order documented. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The sources of one block kind, in order. */
    public static List<String> sources(String kind) {
        return ENTRIES.stream().filter(e -> e.kind().equals(kind)).map(Entry::source).toList();
    }

    /** The entry of one kind and source. */
    public static Optional<Entry> entry(String kind, String source) {
        return ENTRIES.stream().filter(e -> e.kind().equals(kind) && e.source().equals(source)).findFirst();
    }

    /**
     * For each key of {@code kind} that {@code source} does not accept, where it does apply, e.g.
     * {@code indicator → "to source market"}.
     */
    public static Map<String, String> elsewhere(String kind, String source) {
        List<String> own = entry(kind, source).map(Entry::keyNames).orElse(List.of());
        Map<String, List<String>> where = new LinkedHashMap<>();
        for (Entry e : ENTRIES) {
            if (e.kind().equals(kind)) {
                for (String k : e.keyNames()) {
                    if (!own.contains(k)) {
                        where.computeIfAbsent(k, x -> new ArrayList<>()).add(e.source());
                    }
                }
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        where.forEach((k, sources) -> result.put(k, "to " + (sources.size() == 1 ? "source " + sources.get(0)
                : "sources " + String.join(", ", sources))));
        return result;
    }

    private static String alsoTypes(Entry e, Key k) {
        if (!k.name().equals("type") || !e.kind().equals("chart") || CHART_TYPES.get(e.source()).size() < 2) {
            return "";
        }
        List<String> types = CHART_TYPES.get(e.source());
        return "; or " + String.join(", ", types.subList(1, types.size()));
    }

    /** The vocabulary as one Markdown table: block kind, source, keys accepted with their defaults. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| block | source | keys accepted (default) |\n|---|---|---|\n");
        for (Entry e : ENTRIES) {
            List<String> keys = e.keys().stream().filter(k -> !k.name().equals("source"))
                    .map(k -> "`" + k.name() + "` (" + k.defaultValue() + alsoTypes(e, k) + ")").toList();
            String source = e.keys().get(0).defaultValue().equals("required") ? "`" + e.source() + "`"
                    : "`" + e.source() + "` (default)";
            out.append("| `").append(e.kind()).append("` | ").append(source).append(" | ")
                    .append(keys.isEmpty() ? "—" : String.join(", ", keys)).append(" |\n");
        }
        return out.toString();
    }
}
