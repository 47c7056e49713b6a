package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pay elements a figure measures: base, total cash, total direct (DOMAIN.md's pay elements). */
class PayElementTest {
    private static SalaryObservation paid(double base, double bonus, double equity) {
        return SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                .country("US").region("NA").companySize("M").employmentType("FT")
                .baseSalary(base, "USD").year(2024).line(2).bonus(bonus).equityAnnual(equity).build();
    }

    @Test
    void totalCashIsBasePlusBonusAndTotalDirectAddsEquity() {
        SalaryObservation o = paid(150_000, 15_000, 40_000);
        assertEquals(150_000, PayElement.BASE.of(o));
        assertEquals(165_000, PayElement.TOTAL_CASH.of(o));
        assertEquals(205_000, PayElement.TOTAL_DIRECT.of(o));
    }

    @Test
    void aMissingBonusOrEquityCountsAsNone() {
        SalaryObservation o = paid(150_000, Double.NaN, Double.NaN);
        assertEquals(150_000, PayElement.TOTAL_CASH.of(o));
        assertEquals(150_000, PayElement.TOTAL_DIRECT.of(o));
    }

    @Test
    void templatesNameThemByKey() {
        assertEquals(Optional.of(PayElement.TOTAL_CASH), PayElement.byKey("total-cash"));
        assertEquals(Optional.empty(), PayElement.byKey("Total-Cash"), "keys are exact");
        assertEquals("Total direct", PayElement.TOTAL_DIRECT.label());
        assertEquals("annual base salary", PayElement.BASE.description());
    }
}
