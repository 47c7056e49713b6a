package org.careerbench.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.ContentSpec;
import org.careerbench.template.SectionSpec;
import org.careerbench.template.TemplateException;
import org.careerbench.template.TemplateSpec;
import org.careerbench.template.TextRun;

/**
 * Fills a template with statistics from the input data.
 *
 * <p>Contract: the same template, data and context always give an equal report. Names in
 * blocks (datasets, columns, statistics, chart types, placeholders) are checked against the
 * data here, and each wrong one is a {@link TemplateException} at its template line.
 */
public final class ReportBuilder {
    static final List<String> TABLE_SOURCES = List.of(
            "benchmark", "ranges", "observations", "market", "skills", "differentials", "sources", "survey", "geo",
            "positioning", "checks", "assumptions");

    /**
     * Every report a template asks for: one, or with {@code burst-by} one per value of that
     * salaries column in the population, each built from that value's observations only and
     * written to its own file ({@code <output>-<value>.<ext>}, a safe and unique name).
     */
    public List<Report> buildAll(TemplateSpec spec, InputData data, ReportContext run) throws TemplateException {
        if (spec.formats().size() > 1) {
            List<Report> all = new ArrayList<>();
            for (org.careerbench.template.OutputFormat f : spec.formats()) {
                all.addAll(buildAll(spec.withFormat(f).withOnlyFormat(), data, run));
            }
            return all;
        }
        if (spec.burstBy().isEmpty()) {
            return List.of(build(spec, data, run));
        }
        List<String> columns = java.util.Arrays.stream(SalaryDimension.values()).map(SalaryDimension::column).toList();
        SalaryDimension dimension = SalaryDimension.byColumn(spec.burstBy()).orElseThrow(() -> new TemplateException(
                spec.source(), 1, "burst-by '" + spec.burstBy() + "' is not a salaries column"
                + org.careerbench.template.Suggestions.didYouMean(spec.burstBy(), columns) + "; expected one of "
                + columns));
        SalaryFilter population = SalaryFilter.parse(spec.parameters().population(), spec.source(), 1);
        BuildContext probe = new BuildContext(spec, data, run, population);
        List<String> values = probe.population.stream().map(dimension::valueOf).distinct().sorted(probe.order())
                .toList();
        // One pass sorts the population's observations (all currencies, as each report counts those
        // left out) into their groups; each report then reads its own group only.
        Map<String, List<SalaryObservation>> groups = data.salaries().stream().filter(population)
                .collect(java.util.stream.Collectors.groupingBy(dimension::valueOf));
        List<Report> reports = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String value : values) {
            SalaryFilter one = new SalaryFilter(Map.of(dimension, List.of(value))).and(population);
            String name = FileNames.unique(spec.outputName() + "-" + FileNames.slug(value), names);
            reports.add(build(spec, data, run, one, spec.title() + " — " + value,
                    name + "." + spec.format().extension(), groups.get(value)));
        }
        return reports;
    }

    /** Builds one report. */
    public Report build(TemplateSpec spec, InputData data, ReportContext run) throws TemplateException {
        SalaryFilter population = SalaryFilter.parse(spec.parameters().population(), spec.source(), 1);
        return build(spec, data, run, population, spec.title(), spec.outputFileName(), data.salaries());
    }

    private Report build(TemplateSpec spec, InputData data, ReportContext run, SalaryFilter population, String title,
            String fileName, List<SalaryObservation> candidates) throws TemplateException {
        BuildContext ctx = new BuildContext(spec, data, run, population, candidates);
        prepareFormulas(spec, ctx);
        KeyFigures keyFigures = new KeyFigures(ctx);
        keyFigures.checkStatedGrowth();
        Map<String, KeyFigure> figures = figures(spec, ctx, keyFigures);
        Placeholders placeholders = new Placeholders(figures, Map.of("title", title, "field", spec.field(),
                "period", run.period().toString()), spec.source());

        Set<String> tableNames = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        List<TemplateException> problems = new ArrayList<>();
        for (SectionSpec s : spec.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (ContentSpec c : s.content()) {
                try {
                    blocks.addAll(block(c, ctx, placeholders, figures, tableNames));
                } catch (TemplateException e) {
                    // Keep going: a template's author wants every mistake at once.
                    problems.add(e);
                }
            }
            sections.add(new Section(s.title(), s.level(), blocks));
        }
        if (!problems.isEmpty()) {
            throw problems.size() == 1 ? problems.get(0) : new TemplateException(problems);
        }
        return new Report(title, spec.subtitle(), spec.field(), run.period().toString(), spec.format(),
                fileName, spec.theme(), sections, ctx.warnings, spec.language(), spec.archival(), run.created());
    }

    /**
     * Live formulas need the workbook's Assumptions block and an unfiltered observations table
     * sorted by the cells' columns; find them before any block is built.
     */
    private static void prepareFormulas(TemplateSpec spec, BuildContext ctx) throws TemplateException {
        if (spec.format() != org.careerbench.template.OutputFormat.XLSX
                || ctx.population.size() > BuildContext.MAX_FORMULA_ROWS) {
            return;
        }
        for (SectionSpec s : spec.sections()) {
            for (ContentSpec c : s.content()) {
                if (c instanceof ContentSpec.Block b && b.kind().equals("table")) {
                    String source = String.valueOf(b.properties().get("source"));
                    if (source.equals("assumptions")) {
                        ctx.live = true;
                    } else if (source.equals("observations") && b.properties().get("filter") == null
                            && b.properties().get("rows") != null) {
                        BlockReader reader = new BlockReader(ctx, b);
                        ctx.observationTables.put(reader.text("name", "Observations"),
                                new SalaryTables(ctx).dimensions(reader));
                    }
                }
            }
        }
    }

    private static List<Block> block(ContentSpec c, BuildContext ctx, Placeholders placeholders,
            Map<String, KeyFigure> figures, Set<String> tableNames) throws TemplateException {
        if (c instanceof ContentSpec.Prose p) {
            return List.of(new Block.Prose(placeholders.fill(p.runs(), p.line())));
        }
        if (c instanceof ContentSpec.ListItems l) {
            List<List<TextRun>> items = new ArrayList<>();
            for (List<TextRun> item : l.items()) {
                items.add(placeholders.fill(item, l.line()));
            }
            return List.of(new Block.Bullets(items, l.ordered()));
        }
        return dataBlock((ContentSpec.Block) c, ctx, figures, tableNames);
    }

    private static Map<String, KeyFigure> figures(TemplateSpec spec, BuildContext ctx, KeyFigures keyFigures)
            throws TemplateException {
        Map<String, KeyFigure> figures = new LinkedHashMap<>();
        for (SectionSpec s : spec.sections()) {
            for (ContentSpec c : s.content()) {
                if (c instanceof ContentSpec.Block b && b.kind().equals("figures")) {
                    for (Object item : (List<?>) b.properties().get("items")) {
                        @SuppressWarnings("unchecked")
                        KeyFigure f = keyFigures.figure((Map<String, Object>) item, b.line());
                        if (figures.putIfAbsent(f.id(), f) != null) {
                            throw new TemplateException(spec.source(), b.line(), "figure id '" + f.id()
                                    + "' is defined twice, expected each id once");
                        }
                    }
                }
            }
        }
        return figures;
    }

    private static List<Block> dataBlock(ContentSpec.Block b, BuildContext ctx, Map<String, KeyFigure> figures,
            Set<String> tableNames) throws TemplateException {
        BlockReader block = new BlockReader(ctx, b);
        switch (b.kind()) {
            case "figures" -> {
                List<KeyFigure> list = new ArrayList<>();
                for (Object item : (List<?>) b.properties().get("items")) {
                    list.add(figures.get(String.valueOf(((Map<?, ?>) item).get("id"))));
                }
                return List.of(new Block.KeyFigures(list));
            }
            case "quality" -> {
                return new QualityBlocks(ctx).blocks(uniqueName(block, "quality", tableNames));
            }
            case "methodology" -> {
                return List.of(new Methodology(ctx).statements(), new ReferenceTables(ctx).sources(block,
                        uniqueName(block, "sources", tableNames)));
            }
            case "chart" -> {
                String source = block.oneOf("source", "", ChartBlocks.SOURCES);
                return List.of(new ChartBlocks(ctx).chart(block, uniqueName(block, source + "Data", tableNames)));
            }
            default -> {
                String source = block.oneOf("source", "", TABLE_SOURCES);
                String name = uniqueName(block, source, tableNames);
                if (source.equals("assumptions")) {
                    return List.of(new Assumptions(ctx).inputs());
                }
                if (source.equals("positioning")) {
                    return new Positioning(ctx).blocks(block, name);
                }
                SalaryTables salaries = new SalaryTables(ctx);
                ReferenceTables references = new ReferenceTables(ctx);
                return List.of(switch (source) {
                    case "benchmark" -> salaries.benchmark(block, name);
                    case "ranges" -> salaries.ranges(block, name);
                    case "observations" -> salaries.observations(block, name);
                    case "market" -> references.market(block, name);
                    case "skills" -> references.skills(block, name);
                    case "differentials" -> references.differentials(block, name);
                    case "survey" -> new SurveyTables(ctx).survey(block, name);
                    case "geo" -> new GeoTables(ctx).geo(block, name);
                    case "checks" -> new ChecksTable(ctx).table(block, name);
                    default -> references.sources(block, name);
                });
            }
        }
    }

    /** The block's {@code name}, or one made from its source; unique within the report, valid as an Excel Table name. */
    private static String uniqueName(BlockReader block, String fallback, Set<String> taken) throws TemplateException {
        String name = block.text("name", "");
        if (!name.isEmpty() && !name.matches("[A-Za-z][A-Za-z0-9_]{0,200}")) {
            throw block.error("name '" + name + "' must be letters, digits and '_', starting with a letter");
        }
        if (name.isEmpty()) {
            String base = Character.toUpperCase(fallback.charAt(0)) + fallback.substring(1).toLowerCase(Locale.ROOT)
                    .replace("data", "Data");
            name = base;
            for (int i = 2; taken.contains(name); i++) {
                name = base + i;
            }
        } else if (taken.contains(name)) {
            throw block.error("name '" + name + "' is used by another block, expected a unique name");
        }
        taken.add(name);
        return name;
    }
}
