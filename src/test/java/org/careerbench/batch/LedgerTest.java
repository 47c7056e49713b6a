package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
    @Test
    void recordsPeriodsInOrder(@TempDir Path dir) throws Exception {
        Ledger ledger = new Ledger(dir);
        assertTrue(ledger.completed().isEmpty());
        ledger.record(YearMonth.of(2026, 12), Instant.parse("2026-12-01T06:00:03Z"));
        ledger.record(YearMonth.of(2026, 11), Instant.parse("2026-11-01T06:00:03Z"));
        ledger.record(YearMonth.of(2026, 12), Instant.parse("2026-12-02T09:00:00Z"));
        assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)), List.copyOf(ledger.completed()));
    }
}
