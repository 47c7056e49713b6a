package org.careerbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The salaries columns observations are grouped and filtered by. */
class SalaryDimensionTest {
    private static final SalaryObservation O = SalaryObservation.builder()
            .roleFamily("SRE & ML").jobTitle("SRE").level("Senior")
            .country("US").region("North America").companySize("L").employmentType("FT")
            .baseSalary(150_000, "USD").year(2024).line(7).build();

    @Test
    void eachDimensionReadsItsColumn() {
        assertEquals("SRE & ML", SalaryDimension.ROLE_FAMILY.valueOf(O));
        assertEquals("SRE", SalaryDimension.JOB_TITLE.valueOf(O));
        assertEquals("Senior", SalaryDimension.LEVEL.valueOf(O));
        assertEquals("US", SalaryDimension.COUNTRY.valueOf(O));
        assertEquals("North America", SalaryDimension.REGION.valueOf(O));
        assertEquals("L", SalaryDimension.COMPANY_SIZE.valueOf(O));
        assertEquals("FT", SalaryDimension.EMPLOYMENT_TYPE.valueOf(O));
        assertEquals("USD", SalaryDimension.CURRENCY.valueOf(O));
        assertEquals("2024", SalaryDimension.YEAR.valueOf(O));
    }

    @Test
    void foundByTheColumnNameTemplatesWrite() {
        for (SalaryDimension d : SalaryDimension.values()) {
            assertEquals(Optional.of(d), SalaryDimension.byColumn(d.column()));
        }
        assertEquals(Optional.empty(), SalaryDimension.byColumn("Level"));
        assertEquals("company_size", SalaryDimension.COMPANY_SIZE.column());
    }
}
