package org.careerbench.report.assembly;

import org.careerbench.report.assembly.LateBlocks.Later;
import org.careerbench.report.assembly.LateBlocks.Ready;
import org.careerbench.report.assembly.LateBlocks.Slot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.Block;
import org.careerbench.report.Figures;
import org.careerbench.report.KeyFigure;
import org.careerbench.report.OutputFormat;
import org.careerbench.report.Report;
import org.careerbench.report.Section;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TextRun;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.diagnostics.Plural;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.stats.Aging;
import org.careerbench.stats.SuppressionRule;
import org.careerbench.template.BlockSpec;
import org.careerbench.template.ContentSpec;
import org.careerbench.template.FigureSpec;
import org.careerbench.template.FiguresBlock;
import org.careerbench.template.SectionSpec;
import org.careerbench.template.TableSpec;
import org.careerbench.template.TemplateSpec;

/**
 * Fills typed template specs with statistics from one input's data.
 *
 * <p>Contract: the same template, data and context always give equal reports. Every name a
 * template uses that the data does not have — an indicator, a column value, a sort column, a
 * placeholder — is added to the caller's {@link Problems} at the template line that names it,
 * and building carries on with the next block, so one pass finds every such mistake. Reports
 * built while problems were found must not be published.
 */
public final class ReportBuilder {
    private final InputData data;
    private final DataValues values;

    /** A builder over one input's data. */
    public ReportBuilder(InputData data) {
        this.data = data;
        this.values = new DataValues(data);
    }

    /**
     * What building a template gave: its reports, and the burst values left out.
     *
     * @param reports the reports, in order
     * @param skipped each burst value whose report was not built because too few observations stand
     *                behind it to publish any salary figure, in words with its count
     * @param disclosures what each report shows and withholds, in the order of {@code reports}: what
     *                the disclosure audit checks the written files against
     */
    public record Built(List<Report> reports, List<String> skipped, List<Disclosures> disclosures) {
        public Built {
            reports = List.copyOf(reports);
            skipped = List.copyOf(skipped);
            disclosures = List.copyOf(disclosures);
            if (disclosures.size() != reports.size()) {
                throw new IllegalArgumentException("one disclosure record per report");
            }
        }
    }

    private record Drafted(Report report, Disclosures disclosures) {
    }

    /**
     * Every report a template asks for: one per format, and with {@code burst-by} one per value of
     * that salaries column in the population, each built from that value's observations only and
     * written to its own file ({@code <output>-<value>.<ext>}, a safe and unique name). A burst value
     * with fewer observations than the template's {@code burst-minimum} is skipped and listed.
     */
    public Built build(TemplateSpec spec, ReportContext run, Problems problems) {
        if (spec.formats().size() > 1) {
            List<Report> all = new ArrayList<>();
            List<Disclosures> disclosures = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (OutputFormat f : spec.formats()) {
                Built one = build(spec.onlyFormat(f), run, problems);
                all.addAll(one.reports());
                disclosures.addAll(one.disclosures());
                one.skipped().stream().filter(s -> !skipped.contains(s)).forEach(skipped::add);
            }
            return new Built(all, skipped, disclosures);
        }
        SalaryFilter population;
        try {
            // The report's whole population naming a value no row has leaves nothing to report: refused.
            String file = data.fileOf("salaries").map(Object::toString).orElse("salaries.csv");
            values.absent(spec.parameters().population(), spec.source(), file).values().forEach(missing -> problems
                    .add(spec.source(), spec.lines().of("population"), Problem.Kind.DATA_REFERENCE, missing));
            population = values.filter(spec.parameters().population(), spec.source(), file);
        } catch (BlockProblem e) {
            problems.add(e.problem());
            population = SalaryFilter.of(spec.parameters().population());
        }
        if (spec.burstBy().isEmpty()) {
            Drafted one = build(spec, run, population, spec.title(), spec.outputFileName(), data.salaries(), problems);
            return new Built(List.of(one.report()), List.of(), List.of(one.disclosures()));
        }
        SalaryDimension dimension = spec.burstBy().get();
        SalaryFilter whole = population;
        // One pass sorts the population's observations (all currencies, as each report counts those
        // left out) into their groups; each report then reads its own group only.
        Map<String, List<SalaryObservation>> groups = data.salaries().stream().filter(whole)
                .collect(Collectors.groupingBy(dimension::valueOf));
        BuildContext probe = context(spec, run, population, List.of(), "");
        List<String> burstValues = groups.keySet().stream().sorted(probe.order()).toList();
        List<Report> reports = new ArrayList<>();
        List<Disclosures> disclosures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String currency = spec.parameters().currency();
        for (String value : burstValues) {
            long n = groups.get(value).stream().filter(o -> o.currency().equals(currency)).count();
            if (n < spec.run().burstMinimum()) {
                skipped.add(spec.source().getFileName() + ": " + dimension.column() + " '" + value + "' skipped: "
                        + Plural.of(n, "observation") + ", fewer than the " + spec.run().burstMinimum()
                        + " a report needs to publish a salary figure (burst-minimum)");
                continue;
            }
            SalaryFilter one = new SalaryFilter(Map.of(dimension, List.of(value))).and(population);
            String name = FileNames.unique(spec.outputName() + "-" + FileNames.slug(value), names);
            Drafted drafted = build(spec, run, one, spec.title() + " — " + value, name + "."
                    + spec.format().extension(), groups.get(value), problems);
            reports.add(drafted.report());
            disclosures.add(drafted.disclosures());
        }
        return new Built(reports, skipped, disclosures);
    }

    /**
     * The context the blocks of {@code spec}'s one report (no burst) are built in: what a test of
     * one block factory starts from.
     */
    BuildContext context(TemplateSpec spec, ReportContext run) {
        return context(spec, run, SalaryFilter.of(spec.parameters().population()), data.salaries(),
                spec.outputFileName());
    }

    private BuildContext context(TemplateSpec spec, ReportContext run, SalaryFilter population,
            List<SalaryObservation> candidates, String fileName) {
        return context(spec, run, population, candidates, fileName, Set.of());
    }

    private BuildContext context(TemplateSpec spec, ReportContext run, SalaryFilter population,
            List<SalaryObservation> candidates, String fileName, Set<Disclosures.Key> secondary) {
        var p = spec.parameters();
        Population people = new Population(population, p.currency(), candidates);
        Valuation valuation = new Valuation(new Aging(p.agingMethod(), p.agingRate()),
                p.effectiveDate(run.period()), new SuppressionRule(p.minCentral(), p.minTails(),
                        p.maxOrganisationShare()), people.hasOrganisations(), people.observations(), secondary);
        Words words = Words.of(spec.language(), spec.messages());
        BlockNames names = BlockNames.of(spec);
        return new BuildContext(spec, data, people, ReferenceData.of(data, population), valuation, names,
                LiveTables.of(spec, names, people.observations().size()), values, words,
                new Phrasebook(words, p.labels(), valuation, people, p.pay(), spec.format() != OutputFormat.XLSX),
                new Comparisons(run, fileName));
    }

    /**
     * One report, built twice when its first build shows a withheld mean that the published ones give
     * away: the second withholds the complementary cells the first build's disclosures name.
     */
    private Drafted build(TemplateSpec spec, ReportContext run, SalaryFilter population, String title,
            String fileName, List<SalaryObservation> candidates, Problems problems) {
        Problems first = new Problems();
        BuildContext ctx = context(spec, run, population, candidates, fileName);
        Report report = build(spec, run, title, fileName, ctx, first);
        Set<Disclosures.Key> secondary = first.isEmpty() ? ctx.valuation().disclosures().secondary() : Set.of();
        if (!secondary.isEmpty()) {
            ctx = context(spec, run, population, candidates, fileName, secondary);
            report = build(spec, run, title, fileName, ctx, new Problems());
        }
        problems.addAll(first);
        return new Drafted(report, ctx.valuation().disclosures());
    }

    private Report build(TemplateSpec spec, ReportContext run, String title, String fileName, BuildContext ctx,
            Problems problems) {
        Warnings warnings = new Warnings();
        List<org.careerbench.report.Figure> logged = new ArrayList<>();
        Population population = ctx.population();
        if (population.otherCurrency() > 0) {
            warnings.add("salaries.csv: " + population.otherCurrency() + " observations of the population are not in "
                    + spec.parameters().currency() + " and were left out of every figure (no conversion rates given)");
        }
        warnings.addAll(new KeyFigures(ctx).checkStatedGrowth());
        Map<String, KeyFigure> figures = new LinkedHashMap<>();
        for (Made<KeyFigure> made : figures(spec, ctx, problems)) {
            figures.put(made.value().id(), made.value());
            logged.addAll(made.figures());
            warnings.addAll(made.warnings());
        }
        Placeholders placeholders = new Placeholders(figures, Map.of("title", title, "field", spec.field(),
                "period", run.period().toString()), spec.figureIds(), spec.source(), ctx.words().format());
        warnings.addAll(OtherGroups.unorderedLevels(spec, ctx));
        // A report of pay gaps alone reads the roster, not the salaries: their absence is not its concern.
        boolean empty = population.observations().isEmpty() && ctx.ofSalaries();
        if (empty) {
            String file = ctx.fileOf("salaries", "salaries.csv");
            warnings.add(spec.source().getFileName() + ": " + fileName + " has no salary observation in its "
                    + "population (" + population.filter().describe() + ", in " + spec.parameters().currency()
                    + ", in " + file + "); every salary figure is withheld");
        }
        // Each report's size, the first figure the next period compares with.
        if (ctx.ofSalaries()) {
            int people = population.observations().size();
            logged.add(0, FigureLog.figure("population", "", "n", (double) people, people, false, "",
                    ctx.words().format().format(people, ValueType.INTEGER, "")));
        }
        List<List<Slot>> slots = new ArrayList<>();
        for (SectionSpec s : spec.sections()) {
            List<Slot> section = new ArrayList<>();
            for (ContentSpec c : s.content()) {
                try {
                    if (c instanceof TableSpec.Changes changes) {
                        section.add(new Later(changes, ctx.names().of(changes)));
                        continue;
                    }
                    if (spec.burstBy().isPresent() && c instanceof org.careerbench.template.Filtered f) {
                        Optional<Block.Notice> elsewhere = OtherGroups.notice(f, spec, ctx, data);
                        if (elsewhere.isPresent()) {
                            // Said once where several blocks in a row are about the other group.
                            if (section.isEmpty() || !section.get(section.size() - 1).equals(new Ready(elsewhere.get()))) {
                                section.add(new Ready(elsewhere.get()));
                            }
                            continue;
                        }
                    }
                    if (c instanceof TableSpec.Lookup lookup) {
                        // A lookup is a workbook's tool: a PDF or page leaves it out.
                        if (spec.format() == OutputFormat.XLSX) {
                            section.add(new Later(lookup, ctx.names().of(lookup)));
                        }
                        continue;
                    }
                    if (c instanceof TableSpec.Findings findings) {
                        section.add(new Later(findings, ctx.names().of(findings)));
                        continue;
                    }
                    if (c instanceof org.careerbench.template.Filtered f) {
                        for (var absent : ctx.absent(f.filter()).entrySet()) {
                            // Said in the block's place, not only in the run's warnings: a reader misses it otherwise.
                            warnings.add(absent.getValue());
                            section.add(new Ready(new Block.Notice(ctx.words().get("notice.absent"), ctx.words().get(
                                    "notice.absent.text", absent.getKey()))));
                        }
                    }
                    // Each block values its figures in a context of its own; what it showed joins the report's record.
                    BuildContext own = ctx.forBlock();
                    Made<List<Block>> made = ContentBlocks.of(c, own, run, fileName, placeholders, figures);
                    ctx.valuation().disclosures().addAll(own.valuation().disclosures());
                    logged.addAll(made.figures());
                    warnings.addAll(made.warnings());
                    for (Block b : made.value()) {
                        if (b instanceof TableBlock t && t.columns().size() > SHEET_COLUMNS
                                && ctx.spec().formats().contains(OutputFormat.XLSX)) {
                            // Found now, by validate as by run: a sheet cannot hold it.
                            throw new BlockProblem(new Problem(ctx.file(), c.line(), Problem.Kind.UNKNOWN_VALUE,
                                    String.format(java.util.Locale.ROOT, "this table would have %,d columns (one for "
                                    + "each value the data has), expected at most %,d, what a workbook sheet holds; "
                                    + "filter it to fewer values", t.columns().size(), SHEET_COLUMNS)));
                        }
                        Made<Block> checked = Publishable.check(b, ctx);
                        warnings.addAll(checked.warnings());
                        section.add(new Ready(checked.value()));
                    }
                } catch (BlockProblem e) {
                    problems.add(e.problem());
                }
            }
            if (empty && slots.isEmpty()) {
                section.add(0, new Ready(new Block.Notice(ctx.words().get("notice.no-observations"), ctx.words().get(
                        "notice.no-observations.text", ctx.phrases().people().group(population.filter()),
                        spec.parameters().currency(), ctx.fileOf("salaries", "salaries.csv")))));
            }
            slots.add(section);
        }
        // "What changed" and the findings read every figure of the report, so they are made once all other blocks are.
        Map<String, String> titles = LateBlocks.titles(slots);
        LateBlocks late = new LateBlocks(ctx, run, fileName, figures, titles, List.copyOf(logged), problems);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SectionSpec s = spec.sections().get(i);
            sections.add(new Section(s.title(), s.level(), late.blocks(slots.get(i))));
        }
        logged.addAll(late.figures());
        warnings.addAll(late.warnings());
        String headline = late.headline();
        if (headline.isEmpty()) {
            // A pay transparency report has no findings: its mean gap leads the cover.
            headline = PayGapTables.headline(ctx.words(), logged).orElse("");
        }
        Optional<java.time.LocalDate> agedTo = ctx.valuation().aging().method() == Aging.Method.NONE
                || !ctx.ofSalaries() ? Optional.empty() : Optional.of(ctx.valuation().effectiveDate());
        return Report.builder(title, spec.format(), fileName).subtitle(spec.subtitle()).field(spec.field())
                .period(run.period().toString()).theme(spec.theme()).sections(sections).warnings(warnings.list())
                .language(spec.language()).archival(spec.archival()).created(run.created()).words(ctx.words())
                .figures(new Figures(logged, agedTo, ctx.method())).audience(spec.run().audience())
                .headline(headline).build();
    }


    /** The most columns a workbook sheet holds (Excel 2007 and later). */
    static final int SHEET_COLUMNS = 16_384;


    /** Every key figure the template declares, each id once. */
    private static List<Made<KeyFigure>> figures(TemplateSpec spec, BuildContext ctx, Problems problems) {
        List<Made<KeyFigure>> figures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (BlockSpec b : spec.blocks()) {
            if (b instanceof FiguresBlock block) {
                for (FigureSpec f : block.figures()) {
                    if (!ids.add(f.id())) {
                        problems.add(spec.source(), f.lines().of("id"), Problem.Kind.DUPLICATE, "figure id '" + f.id()
                                + "' is defined twice, expected each id once");
                        continue;
                    }
                    try {
                        BuildContext own = ctx.forBlock();
                        figures.add(new KeyFigures(own).figure(f));
                        ctx.valuation().disclosures().addAll(own.valuation().disclosures());
                    } catch (BlockProblem e) {
                        problems.add(e.problem());
                    }
                }
            }
        }
        return figures;
    }
}
