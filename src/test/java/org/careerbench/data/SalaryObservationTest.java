package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SalaryObservationTest {

    @Test
    void builderLeavesUnnamedFieldsEmptyAndPayElementsAbsent() {
        SalaryObservation o = SalaryObservation.builder().level("Senior").baseSalary(120_000, "USD").build();
        assertEquals("Senior", o.level());
        assertEquals("", o.roleFamily());
        assertEquals("", o.organisation());
        assertEquals("USD", o.currency());
        assertEquals(0, o.year());
        assertEquals(0, o.line());
        assertTrue(Double.isNaN(o.bonus()));
        assertTrue(Double.isNaN(o.equityAnnual()));
        assertEquals(120_000, o.totalDirect(), 0);
    }

    @Test
    void builderNamesEveryField() {
        SalaryObservation o = SalaryObservation.builder().roleFamily("SRE").jobTitle("Site Reliability Engineer")
                .level("Lead").country("DE").region("Europe").companySize("L").employmentType("FT")
                .baseSalary(90_000, "EUR").year(2023).line(17).organisation("acme").bonus(9_000).equityAnnual(4_000)
                .build();
        assertEquals(new SalaryObservation("SRE", "Site Reliability Engineer", "Lead", "DE", "Europe", "L", "FT",
                90_000, "EUR", 2023, 17, "acme", 9_000, 4_000), o);
        assertEquals(99_000, o.totalCash(), 0);
        assertEquals(103_000, o.totalDirect(), 0);
    }
}
