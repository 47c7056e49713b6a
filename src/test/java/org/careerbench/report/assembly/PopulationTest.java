package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.junit.jupiter.api.Test;

/** The observations one report stands on: its filter's, in its currency; the rest counted aside. */
class PopulationTest {
    private static SalaryObservation row(String family, String country, String currency, String org, long line) {
        return SalaryObservation.builder().roleFamily(family).jobTitle("T").level("Senior")
                .country(country).region("R").companySize("M").employmentType("FT")
                .baseSalary(100_000, currency).year(2024).line(line).organisation(org).build();
    }

    private static final List<SalaryObservation> ROWS = List.of(row("SRE", "US", "USD", "", 2),
            row("SRE", "DE", "EUR", "", 3), row("ML", "US", "USD", "", 4), row("SRE", "CA", "USD", "", 5));
    private static final SalaryFilter SRE = new SalaryFilter(Map.of(SalaryDimension.ROLE_FAMILY, List.of("SRE")));

    @Test
    void keepsTheFiltersRowsInItsCurrencyInTheOrderRead() {
        Population p = new Population(SRE, "USD", ROWS);
        assertEquals(List.of(2L, 5L), p.observations().stream().map(SalaryObservation::line).toList());
        assertEquals(1, p.otherCurrency(), "the EUR row is counted, not converted");
        assertSame(SRE, p.filter());
    }

    @Test
    void aSelectionIsMadeOnceAndTheEmptyFilterIsThePopulation() {
        Population p = new Population(SRE, "USD", ROWS);
        SalaryFilter us = new SalaryFilter(Map.of(SalaryDimension.COUNTRY, List.of("US")));
        List<SalaryObservation> first = p.select(us);
        assertEquals(1, first.size());
        assertSame(first, p.select(new SalaryFilter(Map.of(SalaryDimension.COUNTRY, List.of("US")))), "remembered");
        assertSame(p.observations(), p.select(SalaryFilter.ALL));
    }

    @Test
    void organisationsCountOnlyWhenTheDataNamesThem() {
        assertFalse(new Population(SRE, "USD", ROWS).hasOrganisations());
        assertTrue(new Population(SalaryFilter.ALL, "USD", List.of(row("SRE", "US", "USD", "Acme", 2)))
                .hasOrganisations());
    }
}
