package org.careerbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SalaryBenchmarkTest {
    record Obs(String level, String country, double pay) {
    }

    @Test
    void groupsByEveryKeyAndOrdersCells() {
        List<Obs> data = List.of(new Obs("Senior", "US", 10), new Obs("Entry", "US", 1), new Obs("Senior", "US", 20),
                new Obs("Senior", "GB", 5));
        SalaryBenchmark<Obs> b = new SalaryBenchmark<>(List.<Function<Obs, String>>of(Obs::level, Obs::country),
                Obs::pay, new SuppressionRule(1, 2));
        Comparator<List<String>> order = Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1));
        List<SalaryBenchmark.Cell> cells = b.cells(data, order);
        assertEquals(List.of(List.of("Entry", "US"), List.of("Senior", "GB"), List.of("Senior", "US")),
                cells.stream().map(SalaryBenchmark.Cell::key).toList());
        assertEquals(15.0, cells.get(2).statistics().value(Statistic.P50).getAsDouble());
        assertEquals(4, b.overall(data).n());
    }
}
