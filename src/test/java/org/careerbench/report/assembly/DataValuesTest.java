package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.careerbench.data.InputData;
import org.careerbench.data.QualityPolicy;
import org.careerbench.data.QualityReport;
import org.careerbench.data.SalaryDimension;
import org.careerbench.data.SalaryObservation;
import org.careerbench.template.FilterSpec;
import org.junit.jupiter.api.Test;

/** A filter's values checked against the data: known, absent this period, or a typo. */
class DataValuesTest {
    private static final Path TEMPLATE = Path.of("templates", "report.md");
    private static final DataValues VALUES = new DataValues(new InputData(List.of(
            SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Senior")
                    .country("US").region("North America").companySize("M").employmentType("FT")
                    .baseSalary(150_000, "USD").year(2024).line(2).build(),
            SalaryObservation.builder().roleFamily("SRE").jobTitle("SRE").level("Junior")
                    .country("DE").region("Europe").companySize("M").employmentType("FT")
                    .baseSalary(70_000, "USD").year(2024).line(3).build()),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            QualityPolicy.DEFAULT, new QualityReport(List.of(), List.of())));

    private static FilterSpec where(SalaryDimension column, String... values) {
        return new FilterSpec(List.of(new FilterSpec.Condition(column, List.of(values), 7)));
    }

    @Test
    void valuesTheDataHasPassWithNothingAbsent() throws BlockProblem {
        FilterSpec spec = where(SalaryDimension.REGION, "Europe", "North America");
        assertEquals(Map.of(), VALUES.absent(spec, TEMPLATE, "salaries.csv"));
        assertEquals(SalaryFilter.of(spec), VALUES.filter(spec, TEMPLATE, "salaries.csv"));
    }

    @Test
    void aValueUnlikeAnyIsAbsentThisPeriodWithItsWarningAndTheFilterStillStands() throws BlockProblem {
        FilterSpec spec = where(SalaryDimension.REGION, "Europe", "Oceania");
        Map<String, String> absent = VALUES.absent(spec, TEMPLATE, "salaries.csv");
        assertEquals(List.of("Oceania"), List.copyOf(absent.keySet()));
        assertEquals("no row of salaries.csv has region 'Oceania' this period; what report.md line 7 shows of it "
                + "is empty", absent.get("Oceania"));
        assertEquals(SalaryFilter.of(spec), VALUES.filter(spec, TEMPLATE, "salaries.csv"));
    }

    @Test
    void aValueNearOneTheDataHasIsATypoRefusedWithItsSuggestionAtItsLine() {
        FilterSpec spec = where(SalaryDimension.LEVEL, "Senoir");
        BlockProblem e = assertThrows(BlockProblem.class, () -> VALUES.filter(spec, TEMPLATE, "salaries.csv"));
        assertEquals(7, e.problem().line());
        assertTrue(e.problem().message().contains("'Senoir'"), e.problem().message());
        assertTrue(e.problem().message().contains("Senior"), e.problem().message());
        assertThrows(BlockProblem.class, () -> VALUES.absent(spec, TEMPLATE, "salaries.csv"));
    }

    @Test
    void eachColumnsValuesAreSorted() {
        assertEquals(List.of("DE", "US"), List.copyOf(VALUES.of(SalaryDimension.COUNTRY)));
    }
}
