package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerbench.data.InputData;
import org.careerbench.data.SalaryDimension;
import org.junit.jupiter.api.Test;

/** The reference rows of one report: blank role family or one of its population's. */
class ReferenceDataTest {
    private static final InputData SAMPLE = Contexts.sample();

    @Test
    void rowsOfAnotherRoleFamilyAreLeftOut() {
        ReferenceData sre = ReferenceData.of(SAMPLE, new SalaryFilter(Map.of(SalaryDimension.ROLE_FAMILY,
                List.of("SRE & ML Infrastructure"))));
        assertTrue(sre.skills().stream().allMatch(s -> s.roleFamily().isEmpty()
                || s.roleFamily().equals("SRE & ML Infrastructure")));
        ReferenceData other = ReferenceData.of(SAMPLE, new SalaryFilter(Map.of(SalaryDimension.ROLE_FAMILY,
                List.of("Data Analytics"))));
        assertTrue(other.skills().stream().allMatch(s -> s.roleFamily().isEmpty()), other.skills().toString());
        assertTrue(sre.skills().size() > other.skills().size());
    }

    @Test
    void withoutARoleFamilyEveryRowApplies() {
        ReferenceData all = ReferenceData.of(SAMPLE, SalaryFilter.ALL);
        assertEquals(SAMPLE.ranges().size(), all.ranges().size());
        assertEquals(SAMPLE.market().size(), all.market().size());
        assertEquals(SAMPLE.surveys().size(), all.surveys().size());
    }

    @Test
    void regionalDifferentialsApplyToEveryone() {
        ReferenceData other = ReferenceData.of(SAMPLE, new SalaryFilter(Map.of(SalaryDimension.ROLE_FAMILY,
                List.of("Data Analytics"))));
        assertEquals(SAMPLE.differentials(), other.differentials());
    }
}
