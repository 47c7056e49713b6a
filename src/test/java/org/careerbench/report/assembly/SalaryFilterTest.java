package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.FilterSpec;
import org.junit.jupiter.api.Test;

/** Column = value conditions on salary observations, all of which must hold. */
class SalaryFilterTest {
    private static final SalaryObservation US_SENIOR = SalaryObservation.builder()
            .roleFamily("SRE").jobTitle("SRE").level("Senior")
            .country("US").region("NA").companySize("M").employmentType("FT")
            .baseSalary(150_000, "USD").year(2024).line(2).build();
    private static final SalaryObservation DE_JUNIOR = SalaryObservation.builder()
            .roleFamily("SRE").jobTitle("SRE").level("Junior")
            .country("DE").region("Europe").companySize("S").employmentType("FT")
            .baseSalary(60_000, "USD").year(2024).line(3).build();

    private static SalaryFilter where(SalaryDimension column, String... values) {
        return new SalaryFilter(Map.of(column, List.of(values)));
    }

    @Test
    void allKeepsEveryone() {
        assertTrue(SalaryFilter.ALL.test(US_SENIOR));
        assertEquals("all observations", SalaryFilter.ALL.describe());
    }

    @Test
    void aListOfValuesKeepsAnyOfThem() {
        SalaryFilter countries = where(SalaryDimension.COUNTRY, "CA", "US");
        assertTrue(countries.test(US_SENIOR));
        assertFalse(countries.test(DE_JUNIOR));
    }

    @Test
    void everyConditionMustHold() {
        SalaryFilter seniorInDe = where(SalaryDimension.LEVEL, "Senior").and(where(SalaryDimension.COUNTRY, "DE"));
        assertFalse(seniorInDe.test(US_SENIOR));
        assertFalse(seniorInDe.test(DE_JUNIOR));
        assertTrue(where(SalaryDimension.LEVEL, "Junior").and(where(SalaryDimension.COUNTRY, "DE")).test(DE_JUNIOR));
    }

    @Test
    void valuesMatchExactlyWithCase() {
        assertFalse(where(SalaryDimension.LEVEL, "senior").test(US_SENIOR));
    }

    @Test
    void andKeepsThisFiltersConditionOnASharedColumn() {
        SalaryFilter block = where(SalaryDimension.COUNTRY, "DE");
        SalaryFilter population = where(SalaryDimension.COUNTRY, "US");
        assertEquals(block, block.and(population));
        assertTrue(block.and(population).test(DE_JUNIOR));
    }

    @Test
    void theFilterATemplateWroteIsEqualToTheSameConditions() {
        FilterSpec spec = new FilterSpec(List.of(new FilterSpec.Condition(SalaryDimension.LEVEL, List.of("Senior"), 4),
                new FilterSpec.Condition(SalaryDimension.COUNTRY, List.of("US", "CA"), 5)));
        SalaryFilter f = SalaryFilter.of(spec);
        assertEquals(new SalaryFilter(Map.of(SalaryDimension.COUNTRY, List.of("US", "CA"), SalaryDimension.LEVEL,
                List.of("Senior"))), f);
        assertEquals(f.hashCode(), SalaryFilter.of(spec).hashCode());
        assertNotEquals(SalaryFilter.ALL, f);
    }

    @Test
    void describedInColumnOrderWithAlternativesJoinedByOr() {
        SalaryFilter f = where(SalaryDimension.COUNTRY, "US", "CA").and(where(SalaryDimension.LEVEL, "Senior"));
        String text = f.describe();
        assertTrue(text.equals("level = Senior; country = US or CA") || text.equals("country = US or CA; level = Senior"),
                text);
        assertEquals(text, f.describe(), "the same every time");
    }
}
