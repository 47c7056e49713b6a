package org.careerbench.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.ChartType;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.diagnostics.Problems;
import org.careerbench.handwritten.YamlNode;
import org.careerbench.stats.Statistic;

/**
 * Parses the YAML body of one fenced block into its typed spec. Every mistake — an unknown key, a
 * key of another source, a wrong type, an unknown value, an old spelling — is added to the
 * problems list at the line it is written on, and parsing carries on: a block with a mistake
 * yields no spec, the rest of the template is still read.
 */
final class BlockParser {
    /** Pay elements, as templates write them. */
    static final Map<String, PayElement> PAY = payElements();

    private final Path file;
    private final Problems problems;
    private final java.util.Set<String> figureIds = new java.util.LinkedHashSet<>();

    BlockParser(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Every figure id written so far, including those of figures with mistakes. */
    java.util.Set<String> figureIds() {
        return java.util.Set.copyOf(figureIds);
    }

    /** The spec of a block of {@code kind} whose body is {@code body}, or empty when it has mistakes. */
    Optional<BlockSpec> parse(String kind, YamlNode body, int fenceLine) {
        int before = problems.size();
        Optional<? extends BlockSpec> spec = switch (kind) {
            case "figures" -> figures(body, fenceLine);
            case "table" -> table(body, fenceLine);
            default -> chart(body, fenceLine);
        };
        return problems.size() > before ? Optional.empty() : spec.map(BlockSpec.class::cast);
    }

    private Optional<FiguresBlock> figures(YamlNode body, int fenceLine) {
        if (!(body instanceof YamlNode.Sequence items)) {
            problems.add(file, body.line(), Problem.Kind.WRONG_TYPE, "a figures block must be a list of '- id: …' "
                    + "items, found " + body.describe());
            return Optional.empty();
        }
        List<FigureSpec> figures = new ArrayList<>();
        for (YamlNode item : items.items()) {
            figure(item).ifPresent(figures::add);
        }
        return Optional.of(new FiguresBlock(figures, new KeyLines(fenceLine, Map.of())));
    }

    private Optional<FigureSpec> figure(YamlNode item) {
        KeyReader probe = KeyReader.of(file, item, "a figure", problems);
        String source = probe.text("source").orElse("benchmark");
        List<String> sources = Vocabulary.sources("figures");
        if (!sources.contains(source)) {
            probe.unknownValue("source", probe.valueLine("source"), source, sources);
            return Optional.empty();
        }
        KeyReader r = KeyReader.of(file, item, "a figure with source: " + source, problems);
        r.text("source");
        Optional<String> id = r.required("id");
        id.ifPresent(figureIds::add);
        id.filter(i -> !i.matches("[A-Za-z][A-Za-z0-9_]*")).ifPresent(i -> r.problem("id",
                Problem.Kind.UNKNOWN_VALUE, "figure id '" + i + "' must be letters, digits and '_', starting with a "
                        + "letter"));
        Optional<String> label = r.required("label");
        Optional<String> note = r.text("note");
        Optional<FigureSpec> spec = switch (source) {
            case "observations" -> {
                r.oneOf("statistic", Map.of("n", "n"));
                FilterSpec filter = FilterKeys.of(r);
                yield Optional.of(new FigureSpec.Count(id.orElse(""), label.orElse(""), note, filter, PeriodKeys.change(r),
                        BlockKeys.lines(r)));
            }
            case "market" -> {
                Map<String, FigureSpec.MarketStatistic> market = new LinkedHashMap<>();
                market.put("last", FigureSpec.MarketStatistic.LAST);
                market.put("first", FigureSpec.MarketStatistic.FIRST);
                market.put("cagr", FigureSpec.MarketStatistic.CAGR);
                FigureSpec.MarketStatistic s = r.oneOf("statistic", market).orElse(FigureSpec.MarketStatistic.LAST);
                Optional<String> indicator = r.text("indicator");
                OptionalInt from = r.wholeNumber("from", 1);
                OptionalInt to = r.wholeNumber("to", 1);
                yield Optional.of(new FigureSpec.Market(id.orElse(""), label.orElse(""), note, s, indicator, from, to,
                        PeriodKeys.change(r), BlockKeys.lines(r)));
            }
            default -> {
                Statistic s = r.oneOf("statistic", BlockKeys.STATISTICS).orElse(Statistic.P50);
                FilterSpec filter = FilterKeys.of(r);
                Optional<PayElement> pay = r.oneOf("pay", PAY);
                yield Optional.of(new FigureSpec.Salary(id.orElse(""), label.orElse(""), note, s, filter, pay,
                        PeriodKeys.change(r), BlockKeys.lines(r)));
            }
        };
        finish(r, "figures", source);
        return spec;
    }

    private Optional<TableSpec> table(YamlNode body, int fenceLine) {
        Optional<String> source = source(body, "table", fenceLine);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        KeyReader r = KeyReader.of(file, body, "a table with source: " + source.get(), problems);
        r.text("source");
        if (source.get().equals("assumptions")) {
            finish(r, "table", "assumptions");
            return Optional.of(new TableSpec.Assumptions(BlockKeys.lines(r, fenceLine)));
        }
        Optional<String> name = name(r);
        if (source.get().equals("quality")) {
            finish(r, "table", "quality");
            return Optional.of(new TableSpec.Quality(name, BlockKeys.lines(r, fenceLine)));
        }
        String caption = r.text("caption", "");
        TableSpec spec = switch (source.get()) {
            case "benchmark" -> new TableSpec.Benchmark(name, caption, BlockKeys.dimensions(r, List.of(SalaryDimension.LEVEL)),
                    FilterKeys.of(r), BlockKeys.statistics(r, List.of(Statistic.N, Statistic.P25, Statistic.P50, Statistic.P75)),
                    r.oneOf("pay", PAY), BlockKeys.order(r), PeriodKeys.change(r), BlockKeys.lines(r, fenceLine));
            case "ranges" -> new TableSpec.Ranges(name, caption, FilterKeys.of(r), BlockKeys.lines(r, fenceLine));
            case "observations" -> new TableSpec.Observations(name, caption, BlockKeys.dimensions(r, List.of()), FilterKeys.of(r),
                    r.oneOf("withheld", WITHHELD).orElse(false), BlockKeys.lines(r, fenceLine));
            case "market" -> new TableSpec.Market(name, caption, r.text("indicator"), BlockKeys.lines(r, fenceLine));
            case "skills" -> new TableSpec.Skills(name, caption, r.wholeNumber("top", 1), BlockKeys.lines(r, fenceLine));
            case "differentials" -> new TableSpec.Differentials(name, caption, BlockKeys.lines(r, fenceLine));
            case "sources" -> new TableSpec.Sources(name, caption, BlockKeys.lines(r, fenceLine));
            case "sample" -> new TableSpec.Sample(name, caption, BlockKeys.dimensions(r, "by", TableSpec.Sample.BY),
                    r.wholeNumber("top", 1).orElse(8), BlockKeys.lines(r, fenceLine));
            case "survey" -> new TableSpec.Survey(name, caption, FilterKeys.of(r), BlockKeys.lines(r, fenceLine));
            case "geo" -> new TableSpec.Geo(name, caption, BlockKeys.one(r, "rows", BlockKeys.dimensions(r, List.of(SalaryDimension.LEVEL)),
                    SalaryDimension.LEVEL), BlockKeys.one(r, "statistics", BlockKeys.statistics(r, List.of(Statistic.P50)), Statistic.P50),
                    FilterKeys.of(r), r.oneOf("pay", PAY), BlockKeys.lines(r, fenceLine));
            case "positioning" -> new TableSpec.Positioning(name, caption, FilterKeys.of(r), BlockKeys.areas(r), BlockKeys.lines(r, fenceLine));
            case "changes" -> new TableSpec.Changes(name, caption, r.number("threshold", -0.000001, 10, "0.05")
                    .orElse(0.05), r.wholeNumber("minimum-n", 1).orElse(TableSpec.Changes.MINIMUM_N),
                    BlockKeys.lines(r, fenceLine));
            case "findings" -> new TableSpec.Findings(name, caption, FilterKeys.of(r),
                    BlockKeys.dimensions(r, "by", TableSpec.Findings.BY), r.number("band", 0, 1, "0.1")
                    .orElse(TableSpec.Findings.BAND), r.wholeNumber("minimum-n", 1).orElse(TableSpec.Changes.MINIMUM_N),
                    r.number("threshold", -0.000001, 10, "0.05").orElse(0.05), r.wholeNumber("top", 0).orElse(TableSpec.Findings.TOP), BlockKeys.lines(r, fenceLine));
            case "pay-gap" -> new TableSpec.PayGap(name, caption, r.oneOf("show", BlockKeys.PAY_GAP_PARTS)
                    .orElse(TableSpec.PayGap.Part.SUMMARY), r.wholeNumber("minimum-n", 1)
                    .orElse(TableSpec.PayGap.MINIMUM_N), r.number("threshold", 0, 1, "0.05")
                    .orElse(TableSpec.PayGap.THRESHOLD), r.number("full-time-hours", 0, 168, "40").orElse(40),
                    BlockKeys.justified(r), r.oneOf("rules", BlockKeys.PAY_GAP_RULES).orElse(org.careerbench.stats.PayGaps.Rules.EU),
                    BlockKeys.lines(r, fenceLine));
            case "lookup" -> new TableSpec.Lookup(name, caption, r.required("table").orElse(""),
                    BlockKeys.statistics(r, List.of(Statistic.N, Statistic.P25, Statistic.P50, Statistic.P75)), BlockKeys.lines(r, fenceLine));
            case "history" -> new TableSpec.History(name, caption, PeriodKeys.figureIds(r), PeriodKeys.periods(r), BlockKeys.lines(r, fenceLine));
            case "checks" -> new TableSpec.Checks(name, caption, BlockKeys.tableName(r, "observations", "Observations"),
                    BlockKeys.dimensions(r, List.of(SalaryDimension.LEVEL)), FilterKeys.of(r),
                    BlockKeys.statistics(r, List.of(Statistic.N, Statistic.P50)), BlockKeys.lines(r, fenceLine));
            case "methodology" -> new TableSpec.Methodology(name, caption, BlockKeys.lines(r, fenceLine));
            // source(...) let through only the vocabulary's words: one without a case here is a source added
            // to the vocabulary and not to the parser.
            default -> throw new IllegalStateException("table source '" + source.get() + "' has no parser");
        };
        finish(r, "table", source.get());
        return Optional.of(spec);
    }

    private Optional<ChartSpec> chart(YamlNode body, int fenceLine) {
        Optional<String> source = source(body, "chart", fenceLine);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        KeyReader r = KeyReader.of(file, body, "a chart with source: " + source.get(), problems);
        r.text("source");
        Optional<String> name = name(r);
        String title = r.text("title", "");
        ChartType type = chartType(r, source.get());
        ChartSpec spec = switch (source.get()) {
            case "benchmark" -> new ChartSpec.Benchmark(name, title, type, BlockKeys.axes(r),
                    BlockKeys.one(r, "rows", BlockKeys.dimensions(r, List.of(SalaryDimension.LEVEL)), SalaryDimension.LEVEL), FilterKeys.of(r),
                    BlockKeys.statistics(r, List.of(Statistic.N, Statistic.P25, Statistic.P50, Statistic.P75)),
                    r.oneOf("pay", PAY), BlockKeys.order(r), BlockKeys.lines(r, fenceLine));
            case "ranges" -> new ChartSpec.Ranges(name, title, BlockKeys.axes(r), FilterKeys.of(r), r.oneOf("pay", PAY),
                    BlockKeys.lines(r, fenceLine));
            case "paymix" -> new ChartSpec.PayMix(name, title, FilterKeys.of(r), BlockKeys.lines(r, fenceLine));
            case "pay-gap" -> new ChartSpec.PayGap(name, title, r.number("full-time-hours", 0, 168, "40").orElse(40),
                    r.wholeNumber("minimum-n", 1).orElse(TableSpec.PayGap.MINIMUM_N),
                    r.oneOf("rules", BlockKeys.PAY_GAP_RULES).orElse(org.careerbench.stats.PayGaps.Rules.EU), BlockKeys.lines(r, fenceLine));
            case "market" -> new ChartSpec.Market(name, title, type, BlockKeys.axes(r), r.text("indicator"), BlockKeys.lines(r, fenceLine));
            case "history" -> new ChartSpec.History(name, title, type, BlockKeys.axes(r), PeriodKeys.figureIds(r), PeriodKeys.periods(r),
                    BlockKeys.lines(r, fenceLine));
            case "skills" -> new ChartSpec.Skills(name, title, type, BlockKeys.axes(r), r.wholeNumber("top", 1),
                    BlockKeys.lines(r, fenceLine));
            default -> throw new IllegalStateException("chart source '" + source.get() + "' has no parser");
        };
        finish(r, "chart", source.get());
        return Optional.of(spec);
    }

    /** The block's {@code source:}, required and known; old spellings name the new one. */
    private Optional<String> source(YamlNode body, String kind, int fenceLine) {
        KeyReader r = KeyReader.of(file, body, "a " + kind + " block", problems);
        if (!r.has("source")) {
            // "sourc: findings" is a typo of the key, not a block without a source: say so at its line.
            for (YamlNode.Entry e : r.entries()) {
                if (!Suggestions.didYouMean(e.key(), List.of("source")).isEmpty()) {
                    problems.add(file, e.keyLine(), Problem.Kind.UNKNOWN_KEY, "unknown key '" + e.key() + "' in a "
                            + kind + " block (did you mean 'source'?); a " + kind + " block names its data with "
                            + "'source:'");
                    return Optional.empty();
                }
            }
        }
        Optional<String> source = r.required("source");
        if (source.isEmpty()) {
            return Optional.empty();
        }
        if (kind.equals("chart") && source.get().equals("range")) {
            r.problem("source", Problem.Kind.RENAMED, "source 'range' is now written 'ranges' (in a chart block)");
            return Optional.empty();
        }
        List<String> sources = Vocabulary.sources(kind);
        if (!sources.contains(source.get())) {
            r.unknownValue("source", r.valueLine("source"), source.get(), sources);
            return Optional.empty();
        }
        return source;
    }

    private ChartType chartType(KeyReader r, String source) {
        List<String> types = Vocabulary.CHART_TYPES.get(source);
        Optional<String> written = r.text("type");
        if (written.isEmpty()) {
            return ChartType.valueOf(types.get(0).toUpperCase(Locale.ROOT));
        }
        if (written.get().equals("range")) {
            r.problem("type", Problem.Kind.RENAMED, "chart type 'range' is now written 'box'");
        } else if (!types.contains(written.get())) {
            r.unknownValue("chart type", r.valueLine("type"), written.get(), types);
        } else {
            return ChartType.valueOf(written.get().toUpperCase(Locale.ROOT));
        }
        return ChartType.valueOf(types.get(0).toUpperCase(Locale.ROOT));
    }

    private Optional<String> name(KeyReader r) {
        String name = BlockKeys.tableName(r, "name", null);
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private void finish(KeyReader r, String kind, String source) {
        Vocabulary.elsewhere(kind, source).forEach(r::appliesElsewhere);
        if (kind.equals("table") && source.equals("checks")) {
            r.renamed("table", "observations");
        }
        r.finish();
    }


    private static Map<String, PayElement> payElements() {
        Map<String, PayElement> m = new LinkedHashMap<>();
        Arrays.stream(PayElement.values()).forEach(p -> m.put(p.key(), p));
        return m;
    }


    /** An observations table's rows of withheld cells: left out (the default) or shown on purpose. */
    private static final Map<String, Boolean> WITHHELD = withheld();

    private static Map<String, Boolean> withheld() {
        Map<String, Boolean> m = new java.util.LinkedHashMap<>();
        m.put("leave-out", false);
        m.put("show", true);
        return java.util.Collections.unmodifiableMap(m);
    }
}
