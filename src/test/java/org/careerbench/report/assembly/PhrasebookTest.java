package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careerbench.data.PayElement;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.report.Words;
import org.careerbench.stats.Aging;
import org.careerbench.stats.Statistic;
import org.careerbench.stats.SuppressionRule;
import org.careerbench.template.ValueLabels;
import org.junit.jupiter.api.Test;

/** The report's recurring wording, made from the bundle and the valuation alone. */
class PhrasebookTest {
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 11, 1);
    private static final List<SalaryObservation> ROWS = List.of(
            SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                    .country("US").region("North America").companySize("M").employmentType("FT")
                    .baseSalary(150_000, "USD").year(2024).line(2).build(),
            SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                    .country("DE").region("Europe").companySize("M").employmentType("FT")
                    .baseSalary(90_000, "USD").year(2024).line(3).build());

    private static Phrasebook phrases(String language, Aging aging, Set<Disclosures.Key> secondary) {
        Population population = new Population(SalaryFilter.ALL, "USD", ROWS);
        Valuation valuation = new Valuation(aging, EFFECTIVE, new SuppressionRule(5, 10), false, ROWS, secondary);
        return new Phrasebook(Words.of(language), ValueLabels.NONE, valuation, population, PayElement.BASE);
    }

    private static Phrasebook english() {
        return phrases("en", new Aging(Aging.Method.COMPOUND, 0.03), Set.of());
    }

    @Test
    void agingSaysToWhatDateAndAtWhatRate() {
        assertEquals("aged to 1 November 2026, compound at 3 % a year".replace(" %", "%"),
                english().agingText().replace(" %", "%").replace('\u00a0', ' '));
        assertEquals("not aged", phrases("en", new Aging(Aging.Method.NONE, 0), Set.of()).agingText());
    }

    @Test
    void germanAgingIsGerman() {
        String text = phrases("de", new Aging(Aging.Method.SIMPLE, 0.025), Set.of()).agingText();
        assertTrue(text.startsWith("fortgeschrieben auf den 1. November 2026"), text);
        assertTrue(text.contains("linear zu 2,5"), text);
    }

    @Test
    void theSuppressionFootnoteNamesTheRuleAndComplementaryWithholdingOnlyWhenUsed() {
        assertEquals("— not published: too few observations (n ≥ 5 for mean and P25–P75; n ≥ 10 for P10 and P90).",
                english().suppressionFootnote());
        Disclosures.Key some = new Valuation(new Aging(Aging.Method.NONE, 0), EFFECTIVE, new SuppressionRule(5, 10),
                false, ROWS, Set.of()).disclosures().key(ROWS, 1);
        String withComplements = phrases("en", new Aging(Aging.Method.NONE, 0), Set.of(some)).suppressionFootnote();
        assertTrue(withComplements.endsWith("cannot be worked out from a total and its other parts."), withComplements);
    }

    @Test
    void theMethodIsStableEnglishForTheFiguresFile() {
        assertEquals("aging compound at 3% a year; suppression n>=5 central, n>=10 tails, complementary for means; "
                + "pay base", phrases("de", new Aging(Aging.Method.COMPOUND, 0.03), Set.of()).method());
    }

    @Test
    void statisticsPayAndHeadingsComeFromTheBundle() {
        Phrasebook p = english();
        assertEquals("P50", p.statistic(Statistic.P50));
        assertEquals("Mean", p.statistic(Statistic.MEAN));
        assertEquals("annual base salary", p.pay(PayElement.BASE));
        assertEquals("Company size", p.heading(SalaryDimension.COMPANY_SIZE));
        assertEquals("Aged base salary", p.agedColumn());
        assertEquals("Cell", p.cellColumn());
    }

    @Test
    void aMemberColumnIsTheAgedColumnAndItsScope() {
        SalaryFilter us = new SalaryFilter(Map.of(SalaryDimension.COUNTRY, List.of("US")));
        assertEquals("Aged base salary, US", english().memberHeader(us));
    }

    @Test
    void aCountNamesTheGroupWithThePopulation() {
        SalaryFilter senior = new SalaryFilter(Map.of(SalaryDimension.LEVEL, List.of("Senior")));
        String counted = english().counted(84, senior);
        assertTrue(counted.startsWith("84 "), counted);
        assertTrue(counted.contains("Senior"), counted);
    }

    @Test
    void theGermanFootnoteAndStatisticsAreGerman() {
        Phrasebook de = phrases("de", new Aging(Aging.Method.COMPOUND, 0.03), Set.of());
        assertEquals("— nicht veröffentlicht: zu wenige Angaben (n ≥ 5 für Mittelwert und P25–P75; n ≥ 10 für P10 "
                + "und P90).", de.suppressionFootnote());
        assertEquals("Mittelwert", de.statistic(Statistic.MEAN));
        assertTrue(de.agingText().startsWith("fortgeschrieben auf den 1. November 2026"), de.agingText());
    }
}
