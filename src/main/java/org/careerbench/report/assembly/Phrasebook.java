package org.careerbench.report.assembly;

import java.util.Locale;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.report.ValueType;
import org.careerbench.report.Words;
import org.careerbench.stats.Aging;
import org.careerbench.stats.Statistic;
import org.careerbench.template.ValueLabels;

/**
 * The report's recurring wording, in the template's language: how figures are aged and withheld,
 * statistics, pay elements and column headings, and the populations figures are about. Every
 * sentence is made from the message bundle ({@link Words}) and the template's labels; nothing here
 * computes a figure. Immutable.
 */
final class Phrasebook {
    private final Words words;
    private final ValueLabels labels;
    private final Valuation valuation;
    private final Population population;
    private final PayElement pay;
    private final boolean reader;

    Phrasebook(Words words, ValueLabels labels, Valuation valuation, Population population, PayElement pay) {
        this(words, labels, valuation, population, pay, false);
    }

    /** @param reader whether the deliverable is a PDF or page, whose rows show the template's labels of values */
    Phrasebook(Words words, ValueLabels labels, Valuation valuation, Population population, PayElement pay,
            boolean reader) {
        this.reader = reader;
        this.words = words;
        this.labels = labels;
        this.valuation = valuation;
        this.population = population;
        this.pay = pay;
    }

    /** "aged to 1 November 2026, compound at 3% a year" or "not aged". */
    String agingText() {
        Aging aging = valuation.aging();
        if (aging.method() == Aging.Method.NONE) {
            return words.get("aging.none");
        }
        return words.get("aging.to", words.format().date(valuation.effectiveDate()), words.get("aging.method."
                + aging.method().name().toLowerCase(Locale.ROOT), words.format().format(aging.rate() * 100,
                ValueType.DECIMAL, "")));
    }

    /** "n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90". */
    String suppressionText() {
        var rule = valuation.rule();
        String text = words.get("suppression.rule", rule.minCentral(), rule.minTails());
        if (population.hasOrganisations()) {
            // A threshold in prose, written as the template sets it ("25%"), not as a table cell's figure.
            text += words.get("suppression.organisations", words.format().percent(rule.maxShare()));
        }
        return text;
    }

    /** The footnote for tables with withheld cells. */
    String suppressionFootnote() {
        String note = words.get("suppression.footnote", suppressionText());
        return valuation.withholdsComplements() ? note + " " + words.get("suppression.complementary") : note;
    }

    /**
     * How this report's figures are made, in a stable English form for the figures file, e.g.
     * "aging compound at 3% a year; suppression n>=5 central, n>=10 tails, complementary for means; pay base".
     */
    String method() {
        var rule = valuation.rule();
        return "aging " + valuation.aging().describe() + "; suppression n>=" + rule.minCentral() + " central, n>="
                + rule.minTails() + " tails, complementary for means" + (population.hasOrganisations()
                ? ", organisation share <= " + rule.maxShare() : "") + "; pay " + pay.key();
    }

    /** A pay element in words, e.g. "annual base salary". */
    String pay(PayElement element) {
        return words.get("pay." + element.key());
    }

    /** A statistic's short label, e.g. "P50" or "Mean". */
    String statistic(Statistic s) {
        return words.get("statistic." + s.name().toLowerCase(Locale.ROOT));
    }

    /** A salaries column's heading, e.g. "Level" or "Company size". */
    String heading(SalaryDimension column) {
        return words.capitalised(words.get("column." + column.column()));
    }

    /** Group labels, with the reader's words for a blank value. */
    GroupLabels groups() {
        return new GroupLabels(words, labels, reader);
    }

    /** The observations table's column of aged base salaries, which live formulas read. */
    String agedColumn() {
        return words.get("observations.aged");
    }

    /** A member column's heading: the aged column's and the filter in the reader's words. */
    String memberHeader(SalaryFilter filter) {
        return agedColumn() + ", " + people().scope(filter);
    }

    /** The observations table's column of cell keys, which live formulas match. */
    String cellColumn() {
        return words.get("observations.cell");
    }

    /** The reader's words for populations and values. */
    PopulationWords people() {
        return new PopulationWords(words, labels);
    }

    /** Population and block filter together as a caption, e.g. "SRE & ML infrastructure engineers, US". */
    String caption(SalaryFilter filter) {
        return people().caption(filter.and(population.filter()));
    }

    /** Population and block filter together after a count, e.g. "84 senior SRE & ML infrastructure engineers in the US". */
    String counted(long n, SalaryFilter filter) {
        return people().counted(n, filter.and(population.filter()));
    }
}
