package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What one run reads and where it writes, checked when made. */
class RunOptionsTest {
    private static final Instant AT = Instant.parse("2026-11-02T08:00:00Z");

    private static RunOptions options() {
        return new RunOptions(Path.of("input"), Path.of("templates"), Path.of("output"), YearMonth.of(2026, 11),
                "careerbench run", StandardCharsets.UTF_8, AT, Shard.ALL, 2);
    }

    @Test
    void theWholeRunsFolderIsThePeriod() {
        assertEquals(Path.of("output", "2026-11"), options().periodFolder());
    }

    @Test
    void aShardsFolderNamesItsSlice() {
        assertEquals(Path.of("output", "2026-11.shard-2-of-3"), options().withShard(new Shard(2, 3)).periodFolder());
    }

    @Test
    void withersChangeOneThingAndKeepTheRest() {
        RunOptions strict = options().withStrict(true).withAllowFuture(true).withThreads(5);
        assertTrue(strict.strict());
        assertTrue(strict.allowFuture());
        assertEquals(5, strict.threads());
        assertEquals(AT, strict.created());
        assertEquals("careerbench run", strict.commandLine());
        assertFalse(options().strict(), "the original is unchanged");
        assertEquals(strict.shard(), strict.withStrict(false).shard());
        assertFalse(strict.withStrict(false).strict());
        assertTrue(strict.withStrict(false).allowFuture());
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> options().withThreads(0));
        assertEquals("threads must be at least 1, was 0", e.getMessage());
    }

    @Test
    void nothingMayBeMissing() {
        assertThrows(NullPointerException.class, () -> new RunOptions(null, Path.of("t"), Path.of("o"),
                YearMonth.of(2026, 1), "c"));
        assertThrows(NullPointerException.class, () -> new RunOptions(Path.of("i"), Path.of("t"), Path.of("o"),
                null, "c"));
        assertThrows(NullPointerException.class, () -> options().withShard(null));
    }

    @Test
    void theCreationTimeIsTheClocksUnlessSourceDateEpochIsSet() {
        Clock fixed = Clock.fixed(AT, ZoneOffset.UTC);
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant expected = epoch != null && epoch.matches("\\d{1,12}") ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : AT;
        assertEquals(expected, RunOptions.createdTime(fixed));
    }

    @Test
    void shardsParseAndSliceTheReportsWithoutGapOrOverlap() {
        Shard two = Shard.parse(" 2 / 3 ");
        assertEquals(new Shard(2, 3), two);
        assertFalse(two.whole());
        assertTrue(Shard.ALL.whole());
        for (int report = 0; report < 12; report++) {
            int owners = 0;
            for (int k = 1; k <= 3; k++) {
                owners += new Shard(k, 3).includes(report) ? 1 : 0;
            }
            assertEquals(1, owners, "report " + report);
        }
        assertTrue(two.includes(1));
        assertTrue(two.includes(4));
    }

    @Test
    void aShardOutOfRangeOrUnreadableIsRefusedInWords() {
        assertEquals("shard 4/3: expected 1 <= k <= n",
                assertThrows(IllegalArgumentException.class, () -> new Shard(4, 3)).getMessage());
        assertEquals("shard 'two/3', expected k/n such as 2/3",
                assertThrows(IllegalArgumentException.class, () -> Shard.parse("two/3")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("2"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3"));
    }
}
