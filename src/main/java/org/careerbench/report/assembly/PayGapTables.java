package org.careerbench.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.careerbench.report.Block;
import org.careerbench.report.LiveValue;
import org.careerbench.report.TableBlock;
import org.careerbench.report.TableColumn;
import org.careerbench.report.ValueType;
import org.careerbench.stats.PayGaps;
import org.careerbench.template.TableSpec;

/**
 * The pay transparency report's tables, from the roster: the gaps and shares of Directive (EU)
 * 2023/970, Article 9(1)(a)–(e), the quartile pay bands of (f), and the gaps by category of worker
 * of (g) with the joint pay assessment Article 10 asks for. Every number shown is a figure of
 * figures.csv; a gap resting on fewer than the template's minimum of women or of men is withheld.
 * Employees without a sex, or without hours or FTE, or paid in another currency are set aside and
 * counted; employees recorded neither female nor male are counted, not compared.
 */
final class PayGapTables {
    private final BuildContext ctx;
    private final PayGapNames names;

    PayGapTables(BuildContext ctx) {
        this.ctx = ctx;
        this.names = new PayGapNames(ctx);
    }

    /**
     * The sentence that leads the cover of a report with the pay gap's summary: the mean gap in
     * hourly pay, and the median's; empty when the report has none or it is withheld.
     */
    static java.util.Optional<String> headline(org.careerbench.report.Words w,
            List<org.careerbench.report.Figure> figures) {
        OptionalDouble mean = OptionalDouble.empty();
        OptionalDouble median = OptionalDouble.empty();
        for (org.careerbench.report.Figure f : figures) {
            if (f.statistic().equals("gap") && !f.withheld() && f.keys().equals("mean")) {
                mean = f.value();
            } else if (f.statistic().equals("gap") && !f.withheld() && f.keys().equals("median")) {
                median = f.value();
            }
        }
        if (mean.isEmpty() || median.isEmpty()) {
            return java.util.Optional.empty();
        }
        double m = mean.getAsDouble();
        return java.util.Optional.of(w.get(m >= 0 ? "paygap.headline.below" : "paygap.headline.above",
                w.format().percent(Math.abs(m), 1), w.format().percent(median.getAsDouble(), 1)));
    }

    Made<List<Block>> blocks(TableSpec.PayGap spec, String name) throws BlockProblem {
        var w = ctx.words();
        if (spec.part() == TableSpec.PayGap.Part.WORKERS) {
            ctx.microdataAllowed(spec.lines(), "employee rows");
        }
        if (ctx.data().roster().isEmpty()) {
            return Made.of(List.of(new Block.Note(w.get("paygap.no-roster"))));
        }
        if (ctx.spec().burstBy().isPresent()) {
            return Made.of(List.of(new Block.Notice(w.get("paygap.burst"), w.get("paygap.burst.text"))));
        }
        Workforce force = Workforce.of(ctx.data().roster(), ctx.currency(), spec.fullTimeHours());
        FigureLog figures = new FigureLog();
        TableBlock table = switch (spec.part()) {
            case SUMMARY -> summary(spec, name, force, figures);
            case QUARTILES -> new QuartileBandTables(ctx).table(spec, name, force, figures);
            case CATEGORIES -> categories(spec, name, force, figures);
            case WORKERS -> workers(spec, name, force);
        };
        List<String> warnings = new ArrayList<>();
        if (spec.part() == TableSpec.PayGap.Part.SUMMARY) {
            String roster = ctx.fileOf("roster", "roster.csv");
            force.unknown().forEach((value, n) -> warnings.add(roster + ": sex '" + value + "' (" + n + (n == 1
                    ? " employee" : " employees") + ") is neither a word for female nor for male nor one for neither"
                    + org.careerbench.diagnostics.Suggestions.didYouMean(value, List.of("female", "male"))
                    + "; counted, not compared in the pay gap"));
        }
        if (force.setAside() > 0 && spec.part() == TableSpec.PayGap.Part.SUMMARY) {
            warnings.add(ctx.fileOf("roster", "roster.csv") + ": " + force.setAside()
                    + " employees set aside from the pay gap (" + force.noSex()
                    + " without a sex recorded, " + force.noHours() + " without hours or FTE, " + force.otherCurrency()
                    + " paid in another currency than " + ctx.currency() + ")");
        }
        return new Made<>(List.of(table), figures.rows(), warnings);
    }

    private TableBlock summary(TableSpec.PayGap spec, String name, Workforce force, FigureLog figures) {
        var w = ctx.words();
        String cur = ctx.currency();
        List<PayGaps.Worker> all = force.workers();
        PayGaps.Rules rules = spec.rules();
        PayGaps.Gaps g = PayGaps.gaps(all, rules);
        List<PayGaps.Worker> receiving = all.stream().filter(PayGaps.Worker::receivesVariablePay).toList();
        boolean enough = g.women() >= spec.minimumN() && g.men() >= spec.minimumN();
        long womenWith = receiving.stream().filter(x -> x.sex() == PayGaps.Sex.FEMALE).count();
        long menWith = receiving.size() - womenWith;
        boolean enoughReceiving = womenWith >= spec.minimumN() && menWith >= spec.minimumN();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("paygap.article"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.figure", cur), ValueType.TEXT),
                TableColumn.of(w.get("paygap.women"), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.men"), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.gap"), ValueType.PERCENT));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(name, "a", w.get("paygap.mean"), "mean", PayGaps.mean(hourly(all, PayGaps.Sex.FEMALE, rules)),
                PayGaps.mean(hourly(all, PayGaps.Sex.MALE, rules)), g.meanGap(), enough, g, figures, rules));
        rows.add(row(name, "b", w.get("paygap.variable.mean"), "variable mean",
                PayGaps.mean(of(receiving, PayGaps.Sex.FEMALE, false)), PayGaps.mean(of(receiving, PayGaps.Sex.MALE,
                        false)), g.meanVariableGap(), enoughReceiving, g, figures, rules));
        rows.add(row(name, "c", w.get("paygap.median"), "median", PayGaps.median(hourly(all, PayGaps.Sex.FEMALE,
                rules)), PayGaps.median(hourly(all, PayGaps.Sex.MALE, rules)), g.medianGap(), enough, g, figures,
                rules));
        rows.add(row(name, "d", w.get("paygap.variable.median"), "variable median",
                PayGaps.median(of(receiving, PayGaps.Sex.FEMALE, false)), PayGaps.median(of(receiving,
                        PayGaps.Sex.MALE, false)), g.medianVariableGap(), enoughReceiving, g, figures, rules));
        // (e): shares, not amounts: the women's and men's columns hold percentages here, so they are text.
        String women = enough ? w.format().percent(g.womenReceiving().orElse(0), 1) : "—";
        String men = enough ? w.format().percent(g.menReceiving().orElse(0), 1) : "—";
        figures.add(name, "receiving | women", "share", enough ? g.womenReceiving().orElse(Double.NaN) : null,
                g.women(), !enough, names.label(w.get("paygap.receiving.label"), "paygap.women"), women);
        figures.add(name, "receiving | men", "share", enough ? g.menReceiving().orElse(Double.NaN) : null, g.men(),
                !enough, names.label(w.get("paygap.receiving.label"), "paygap.men"), men);
        java.util.Optional<String> live = names.workersTable();
        if (enough && live.isPresent()) {
            // In the analyst's workbook the two shares are formulas over the employees, in the women's and men's columns.
            String group = w.get("paygap.workers.group");
            String sex = w.get("paygap.workers.sex");
            rows.add(Arrays.asList("(e)", w.get("paygap.receiving.share"),
                    new org.careerbench.report.LiveValue.Share(live.get(), group, RECEIVING_WOMEN, sex, FEMALE,
                            g.womenReceiving().orElse(0)),
                    new org.careerbench.report.LiveValue.Share(live.get(), group, RECEIVING_MEN, sex, MALE,
                            g.menReceiving().orElse(0)), null));
        } else {
            rows.add(Arrays.asList("(e)", w.get("paygap.receiving", women, men), null, null, null));
        }
        figures.add(name, "headcount | women", "n", (double) g.women(), g.women(), false,
                names.label(w.get("paygap.workers.caption"), "paygap.women"),
                w.format().count(g.women()));
        figures.add(name, "headcount | men", "n", (double) g.men(), g.men(), false,
                names.label(w.get("paygap.workers.caption"), "paygap.men"), w.format().count(g.men()));
        List<String> notes = new ArrayList<>();
        // Only the counts there are: a sentence of zeros tells the reader nothing.
        StringBuilder people = new StringBuilder(w.get("paygap.note.people", g.women(), g.men()));
        if (force.otherwise() > 0) {
            people.append(' ').append(w.get("paygap.note.people.otherwise", force.otherwise()));
        }
        people.append(' ').append(force.setAside() == 0 ? w.get("paygap.note.people.aside.none")
                : w.get("paygap.note.people.aside", force.setAside(), force.noSex(), force.noHours(),
                        force.otherCurrency()));
        notes.add(people.toString());
        notes.add(w.get(rules == PayGaps.Rules.UK ? "paygap.note.summary.uk" : "paygap.note.summary",
                w.format().format(spec.fullTimeHours(), ValueType.DECIMAL, ""), spec.minimumN()));
        return new TableBlock(name, spec.caption().isEmpty() ? w.get("paygap.summary.caption") : spec.caption(),
                columns, rows, notes);
    }

    /** Hourly pay of one sex, as {@code rules} define it. */
    private static List<Double> hourly(List<PayGaps.Worker> workers, PayGaps.Sex sex, PayGaps.Rules rules) {
        return workers.stream().filter(x -> x.sex() == sex).mapToDouble(rules::hourly).boxed().toList();
    }

    /** Hourly pay (or the annual variable pay) of one sex. */
    private static List<Double> of(List<PayGaps.Worker> workers, PayGaps.Sex sex, boolean hourly) {
        return workers.stream().filter(x -> x.sex() == sex)
                .mapToDouble(hourly ? PayGaps.Worker::hourlyPay : PayGaps.Worker::variablePay).boxed().toList();
    }

    private List<Object> row(String name, String letter, String label, String key, OptionalDouble women,
            OptionalDouble men, OptionalDouble gap, boolean enough, PayGaps.Gaps g, FigureLog figures,
            PayGaps.Rules rules) {
        var w = ctx.words();
        boolean shown = enough && gap.isPresent();
        java.util.Optional<String> live = names.workersTable();
        if (shown && live.isPresent()) {
            // In the analyst's workbook each published figure is a formula over the employees' table: an edit
            // there moves it. A withheld one stays a value (a blank), never a formula that would give it back.
            boolean variable = key.startsWith("variable");
            org.careerbench.stats.Statistic statistic = key.endsWith("median") ? org.careerbench.stats.Statistic.P50
                    : org.careerbench.stats.Statistic.MEAN;
            String keyColumn = variable ? w.get("paygap.workers.group") : w.get("paygap.workers.sex");
            String valueColumn = variable ? w.get("paygap.workers.variable") : w.get(rules == PayGaps.Rules.UK
                    ? "paygap.workers.basic-hourly" : "paygap.workers.hourly");
            figures.add(name, key + " | women", "value", women.getAsDouble(), g.women(), false,
                    names.label(label, "paygap.women"),
                    amount(women.getAsDouble()));
            figures.add(name, key + " | men", "value", men.getAsDouble(), g.men(), false, names.label(label, "paygap.men"),
                    amount(men.getAsDouble()));
            figures.add(name, key, "gap", gap.getAsDouble(), g.women() + g.men(), false, names.label(label, "paygap.gap"),
                    w.format().percent(gap.getAsDouble(), 1));
            return Arrays.asList("(" + letter + ")", label,
                    new org.careerbench.report.LiveValue.CellStatistic(live.get(), keyColumn,
                            variable ? RECEIVING_WOMEN : FEMALE, valueColumn, statistic, women.getAsDouble()),
                    new org.careerbench.report.LiveValue.CellStatistic(live.get(), keyColumn,
                            variable ? RECEIVING_MEN : MALE, valueColumn, statistic, men.getAsDouble()),
                    new org.careerbench.report.LiveValue.Gap(w.get("paygap.men"), w.get("paygap.women"),
                            gap.getAsDouble()));
        }
        figures.add(name, key + " | women", "value", shown ? women.orElse(Double.NaN) : null, g.women(), !shown,
                names.label(label, "paygap.women"),
                shown ? amount(women.orElse(0)) : "—");
        figures.add(name, key + " | men", "value", shown ? men.orElse(Double.NaN) : null, g.men(), !shown,
                names.label(label, "paygap.men"),
                shown ? amount(men.orElse(0)) : "—");
        figures.add(name, key, "gap", shown ? gap.getAsDouble() : null, g.women() + g.men(), !shown,
                names.label(label, "paygap.gap"),
                shown ? w.format().percent(gap.getAsDouble(), 1) : "—");
        return Arrays.asList("(" + letter + ")", label, shown ? amount(women.getAsDouble()) : null,
                shown ? amount(men.getAsDouble()) : null, shown ? gap.getAsDouble() : null);
    }

    /**
     * A category's published gap: in the analyst's workbook a formula over the employees' rows of
     * the category, elsewhere the value; a withheld gap is a blank either way.
     */
    private Object live(java.util.Optional<String> workers, OptionalDouble gap, String valueColumn, String category,
            boolean receivingOnly) {
        if (gap.isEmpty()) {
            return null;
        }
        if (workers.isEmpty()) {
            return gap.getAsDouble();
        }
        var w = ctx.words();
        return new org.careerbench.report.LiveValue.GroupGap(workers.get(), w.get(valueColumn),
                w.get("paygap.workers.sex"), w.get("paygap.category"), category, receivingOnly, gap.getAsDouble());
    }

    static final String FEMALE = "female";
    static final String MALE = "male";
    static final String RECEIVING_WOMEN = "female, receiving";
    static final String RECEIVING_MEN = "male, receiving";


    /**
     * The employees compared, one row each, women first and within each sex those receiving
     * variable pay first, so that each group's rows are contiguous for the workbook's formulas.
     * Total and hourly pay are formulas of the row.
     */
    private TableBlock workers(TableSpec.PayGap spec, String name, Workforce force) {
        var w = ctx.words();
        String cur = ctx.currency();
        String basic = w.get("paygap.workers.basic");
        String variable = w.get("paygap.workers.variable");
        String hours = w.get("paygap.workers.hours");
        String total = w.get("paygap.workers.total");
        List<TableColumn> columns = List.of(TableColumn.of(w.get("positioning.employee"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.workers.sex"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.workers.group"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.category"), ValueType.TEXT), TableColumn.money(basic, cur),
                TableColumn.money(variable, cur), TableColumn.of(hours, ValueType.DECIMAL),
                TableColumn.money(total, cur), TableColumn.of(w.get("paygap.workers.hourly"), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.workers.basic-hourly"), ValueType.DECIMAL),
                TableColumn.of(w.get("paygap.workers.paid-less"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.workers.same-pay"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.workers.women-same-pay"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.workers.ahead"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.workers.rank"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.band"), ValueType.INTEGER));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < force.workers().size(); i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.<Integer, Boolean>comparing(i -> force.workers().get(i).sex()
                != PayGaps.Sex.FEMALE).thenComparing(i -> !force.workers().get(i).receivesVariablePay()));
        List<PayGaps.Worker> listed = order.stream().map(force.workers()::get).toList();
        List<PayGaps.Standing> standings = PayGaps.standings(listed, spec.rules());
        String ranking = w.get(spec.rules() == PayGaps.Rules.UK ? "paygap.workers.basic-hourly"
                : "paygap.workers.hourly");
        String sexColumn = w.get("paygap.workers.sex");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            PayGaps.Worker x = force.workers().get(i);
            PayGaps.Standing standing = standings.get(r);
            String sex = x.sex() == PayGaps.Sex.FEMALE ? FEMALE : MALE;
            String group = x.receivesVariablePay() ? (x.sex() == PayGaps.Sex.FEMALE ? RECEIVING_WOMEN : RECEIVING_MEN)
                    : sex + ", none";
            rows.add(Arrays.asList(force.employees().get(i).id(), sex, group, x.category(), x.basicPay(),
                    x.variablePay(), x.hours(), new org.careerbench.report.LiveValue.Sum(basic, variable,
                            x.basicPay() + x.variablePay()),
                    new org.careerbench.report.LiveValue.Ratio(total, hours, x.hourlyPay()),
                    new org.careerbench.report.LiveValue.Ratio(basic, hours, x.basicHourlyPay()),
                    new LiveValue.PaidLess(name, ranking, standing.paidLess()),
                    new LiveValue.SamePay(name, ranking, java.util.Optional.empty(), standing.samePay()),
                    new LiveValue.SamePay(name, ranking, java.util.Optional.of(sexColumn), standing.womenOnSamePay()),
                    new LiveValue.AheadOnSamePay(name, ranking, sexColumn, standing.ahead()),
                    new LiveValue.PayRank(sexColumn, w.get("paygap.workers.paid-less"),
                            w.get("paygap.workers.same-pay"), w.get("paygap.workers.women-same-pay"),
                            w.get("paygap.workers.ahead"), standing.rank()),
                    new LiveValue.QuartileBand(name, w.get("paygap.workers.rank"),
                            PayGaps.band(standing.rank(), standings.size()))));
        }
        return new TableBlock(name, spec.caption().isEmpty() ? w.get("paygap.workers.caption") : spec.caption(),
                columns, rows, List.of(w.get("paygap.workers.note")));
    }


    /** An amount as the tables show it: two decimals, in the reader's language ("70.78", "70,78"). */
    private String amount(double v) {
        return ctx.words().format().fixed(v, 2);
    }

    private TableBlock categories(TableSpec.PayGap spec, String name, Workforce force, FigureLog figures) {
        var w = ctx.words();
        List<TableColumn> columns = List.of(TableColumn.of(w.get("paygap.category"), ValueType.TEXT),
                TableColumn.of(w.get("paygap.women.n"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.men.n"), ValueType.INTEGER),
                TableColumn.of(w.get("paygap.gap.basic"), ValueType.PERCENT),
                TableColumn.of(w.get("paygap.gap.variable"), ValueType.PERCENT),
                TableColumn.of(w.get("paygap.gap.total"), ValueType.PERCENT),
                TableColumn.of(w.get("paygap.assessment"), ValueType.TEXT));
        java.util.Optional<String> live = names.workersTable();
        List<List<Object>> rows = new ArrayList<>();
        int due = 0;
        for (Map.Entry<String, PayGaps.Gaps> e : PayGaps.byCategory(force.workers()).entrySet()) {
            PayGaps.Gaps g = e.getValue();
            String category = ctx.phrases().groups().shown(e.getKey());
            boolean enough = g.women() >= spec.minimumN() && g.men() >= spec.minimumN();
            OptionalDouble basic = enough ? g.meanBasicGap() : OptionalDouble.empty();
            OptionalDouble variable = enough ? g.meanVariableGap() : OptionalDouble.empty();
            OptionalDouble total = enough ? g.meanGap() : OptionalDouble.empty();
            String assessment;
            if (!enough) {
                assessment = w.get("paygap.assessment.thin", spec.minimumN());
            } else if (total.isPresent() && Math.abs(total.getAsDouble()) >= spec.threshold()) {
                String reason = spec.justified().get(e.getKey());
                if (reason != null) {
                    assessment = w.get("paygap.assessment.justified", reason);
                } else {
                    assessment = w.get("paygap.assessment.due", w.format().percent(spec.threshold(), 0));
                    due++;
                }
            } else {
                assessment = w.get("paygap.assessment.none");
            }
            long n = g.women() + g.men();
            figures.add(name, e.getKey(), "basic gap", basic.isPresent() ? basic.getAsDouble() : null, n,
                    basic.isEmpty(), names.label(category, "paygap.gap.basic"), basic.isPresent() ? w.format().percent(basic.getAsDouble(), 1) : "—");
            figures.add(name, e.getKey(), "variable gap", variable.isPresent() ? variable.getAsDouble() : null, n,
                    variable.isEmpty(), names.label(category, "paygap.gap.variable"), variable.isPresent() ? w.format().percent(variable.getAsDouble(), 1) : "—");
            figures.add(name, e.getKey(), "gap", total.isPresent() ? total.getAsDouble() : null, n, total.isEmpty(),
                    names.label(category, "paygap.gap.total"),
                    total.isPresent() ? w.format().percent(total.getAsDouble(), 1) : "—");
            rows.add(Arrays.asList(category, g.women(), g.men(),
                    live(live, basic, "paygap.workers.basic-hourly", e.getKey(), false),
                    live(live, variable, "paygap.workers.variable", e.getKey(), true),
                    live(live, total, "paygap.workers.hourly", e.getKey(), false), assessment));
        }
        // A count of categories, not of observations: no n, so that no minimum makes it "not comparable".
        figures.add(name, "joint pay assessment", "n", (double) due, -1, false, w.get("paygap.assessment"),
                w.format().count(due));
        List<String> notes = new ArrayList<>();
        notes.add(w.get(due == 0 ? "paygap.note.assessment.none" : "paygap.note.assessment", due,
                w.format().percent(spec.threshold(), 0)));
        notes.add(w.get("paygap.note.categories", spec.minimumN()));
        return new TableBlock(name, spec.caption().isEmpty() ? w.get("paygap.categories.caption") : spec.caption(),
                columns, rows, notes);
    }
}
