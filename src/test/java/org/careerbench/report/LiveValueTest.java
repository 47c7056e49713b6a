package org.careerbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerbench.stats.Statistic;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet recomputes, said by what they mean, with the value this run computed. */
class LiveValueTest {
    @Test
    void everyLiveValueCarriesWhatItEvaluatesTo() {
        List<LiveValue> values = List.of(new LiveValue.AgingFactor("Year", 1.07),
                new LiveValue.Product("Base", "Factor", 107_000.0), new LiveValue.Ratio("P50", "Mid", 1.1),
                new LiveValue.Penetration("Base", "Min", "Max", 0.4),
                new LiveValue.CellStatistic("Obs", "Cell", "Senior", "Aged", Statistic.P50, 150_000.0),
                new LiveValue.TargetPercentile("Obs", "Level", "Senior", "Aged", 5, 10, 140_000.0),
                new LiveValue.ColumnStatistic("Obs", "Aged", Statistic.P25, 120_000.0),
                new LiveValue.Input(InputKey.of(InputKey.Kind.AGING_RATE), 0.03),
                new LiveValue.Localised("Senior P50", "Index", 172_500.0));
        assertEquals(List.of(1.07, 107_000.0, 1.1, 0.4, 150_000.0, 140_000.0, 120_000.0, 0.03, 172_500.0),
                values.stream().map(LiveValue::cached).toList());
    }

    @Test
    void aRatioOfNumbersIsNeverBlankAndATargetWithoutAnIndexHasNone() {
        assertEquals(false, new LiveValue.Ratio("P50", "Mid", 1.1).blankIfWithheld());
        assertEquals(Optional.empty(), new LiveValue.TargetPercentile("Obs", "Level", "Mid", "Aged", 5, 10, 1.0)
                .indexColumn());
    }

    @Test
    void aMembersConditionsKeepTheirOrderAndCannotChange() {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        conditions.put("Region", List.of("Europe"));
        conditions.put("Country", List.of("DE", "FR"));
        LiveValue.Member m = new LiveValue.Member(conditions, "Aged", 90_000.0);
        conditions.put("Level", List.of("Senior"));
        assertEquals(List.of("Region", "Country"), new ArrayList<>(m.conditions().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> m.conditions().put("x", List.of()));
    }
}
