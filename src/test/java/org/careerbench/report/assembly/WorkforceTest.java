package org.careerbench.report.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.careerbench.data.Employee;
import org.careerbench.stats.PayGaps;
import org.junit.jupiter.api.Test;

class WorkforceTest {
    private static Employee employee(String sex, String currency, OptionalDouble hours, OptionalDouble fte) {
        return new Employee("E", "", "Mid", "", 104_000, currency, 2, sex, "Engineer II", 2_080, hours, fte, "2026");
    }

    @Test
    void employeesWithoutSexHoursOrTheReportsCurrencyAreSetAsideAndOthersCountedNotCompared() {
        OptionalDouble forty = OptionalDouble.of(40);
        Workforce w = Workforce.of(List.of(
                employee("f", "USD", forty, OptionalDouble.empty()),
                employee("Male", "USD", forty, OptionalDouble.empty()),
                employee("x", "USD", forty, OptionalDouble.empty()),
                employee(" ", "USD", forty, OptionalDouble.empty()),
                employee("m", "USD", OptionalDouble.empty(), OptionalDouble.empty()),
                employee("w", "EUR", forty, OptionalDouble.empty()),
                employee("WOMAN", "USD", OptionalDouble.empty(), OptionalDouble.of(0.5))), "USD", 40);
        assertEquals(3, w.workers().size());
        assertEquals(1, w.otherwise(), "x is counted, not compared");
        assertEquals(1, w.noSex());
        assertEquals(1, w.noHours());
        assertEquals(1, w.otherCurrency());
        assertEquals(List.of(PayGaps.Sex.FEMALE, PayGaps.Sex.MALE, PayGaps.Sex.FEMALE),
                w.workers().stream().map(PayGaps.Worker::sex).toList());
        assertEquals(2080.0, w.workers().get(0).hours(), "40 hours for 52 weeks");
        assertEquals(1040.0, w.workers().get(2).hours(), "half of a full-time week of 40, for 52 weeks");
        assertEquals((104_000 + 2_080) / 1040.0, w.workers().get(2).hourlyPay(), 1e-12);
    }

    /**
     * Defect: a misspelt sex ("Femal") was counted as neither female nor male without a word, so
     * the pay gap left a woman out silently. Now such a value is named, for the run to warn of,
     * while the words rosters write for neither are counted without one.
     */
    @Test
    void aMisspeltSexWasComparedAsNeitherWithoutAWord() {
        OptionalDouble forty = OptionalDouble.of(40);
        Workforce w = Workforce.of(List.of(employee("Femal", "USD", forty, OptionalDouble.empty()),
                employee("Femal", "USD", forty, OptionalDouble.empty()),
                employee("x", "USD", forty, OptionalDouble.empty()),
                employee("Divers", "USD", forty, OptionalDouble.empty()),
                employee("Non-binary", "USD", forty, OptionalDouble.empty()),
                employee("weiblich", "USD", forty, OptionalDouble.empty()),
                employee("Männlich", "USD", forty, OptionalDouble.empty())), "USD", 40);
        assertEquals(java.util.Map.of("Femal", 2), w.unknown());
        assertEquals(5, w.otherwise(), "both misspellings and the three words for neither are counted");
        assertEquals(List.of(PayGaps.Sex.FEMALE, PayGaps.Sex.MALE), w.workers().stream().map(PayGaps.Worker::sex)
                .toList(), "German words are read");
    }
}
