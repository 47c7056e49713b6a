package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careerbench.data.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodPublisherTest {
    @TempDir
    Path dir;

    private final List<String> messages = new ArrayList<>();
    private final PeriodPublisher publisher = new PeriodPublisher(RunLog.lines(messages::add),
            Clock.fixed(Instant.parse("2026-11-01T06:00:00Z"), ZoneOffset.UTC));

    private RunOptions options() {
        return new RunOptions(Path.of("input"), Path.of("templates"), dir, YearMonth.of(2026, 11), "careerbench run");
    }

    @Test
    void aPublishedPeriodIsSkippedUnlessForcedAndEveryPublicationIsInTheLedger() throws Exception {
        assertEquals(PeriodPublisher.Status.PUBLISHED, publisher.publish(options(), false).status());
        String first = Sha256.of(dir.resolve("2026-11/manifest.json"));
        assertEquals(PeriodPublisher.Status.SKIPPED, publisher.publish(options(), false).status());
        assertTrue(messages.stream().anyMatch(m -> m.contains("already published") && m.contains("--force")));
        assertEquals(first, Sha256.of(dir.resolve("2026-11/manifest.json")), "untouched when skipped");
        assertEquals(PeriodPublisher.Status.PUBLISHED, publisher.publish(options(), true).status());
        assertEquals(List.of(YearMonth.of(2026, 11)), List.copyOf(new Ledger(dir).completed()));
    }

    @Test
    void leftoversOfAKilledRunAreClearedAndASetAsidePreviousRunIsRestored() throws Exception {
        Files.createDirectories(dir.resolve(".2026-10.staging-123/x"));
        Files.createDirectories(dir.resolve(".2026-08.run-456/x"));
        Files.createSymbolicLink(dir.resolve(".2026-08.link-.2026-08.run-456"), Path.of(".2026-08.run-456"));
        Path previous = Files.createDirectories(dir.resolve(".2026-09.previous-77"));
        Files.writeString(previous.resolve("manifest.json"), "{}");
        Files.writeString(dir.resolve(RunLock.FILE), "pid 999999, since 2026-10-01T06:00:00Z, careerbench run\n");
        publisher.publish(options(), false);
        String live = Files.readSymbolicLink(dir.resolve("2026-11")).toString();
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(live, ".careerbench.lock", ".ledger", "2026-09", "2026-11").stream().sorted().toList(),
                    names, "a dead run folder and link are gone, the live run's folder stays");
        }
        assertTrue(Files.exists(dir.resolve("2026-09/manifest.json")), "a run whose replacement never came is restored");
        assertTrue(messages.stream().anyMatch(m -> m.contains("took over a stale lock") && m.contains("999999")));
        assertFalse(messages.stream().anyMatch(m -> m.contains(".2026-10.staging-123") && !m.contains("removing")));
    }

    @Test
    void keepingTheNewestPeriodsRemovesOlderOnesButNeverTheOneJustPublished() throws Exception {
        for (String period : List.of("2026-08", "2026-09", "2026-10")) {
            publisher.publish(options(period), false);
        }
        Path august = PeriodFolder.current(dir.resolve("2026-08")).orElseThrow();
        publisher.publish(options("2026-11"), false, 2);
        assertEquals(List.of("2026-10", "2026-11"), published());
        assertTrue(!Files.exists(august), "the removed period's run folder is gone too");
        List<String> ledger = Files.readAllLines(dir.resolve(Ledger.FILE));
        assertTrue(ledger.stream().anyMatch(l -> l.startsWith("2026-08\t") && l.endsWith("\tremoved")), ledger.toString());
        assertTrue(ledger.stream().anyMatch(l -> l.startsWith("2026-09\t") && l.endsWith("\tremoved")), ledger.toString());
        assertEquals(4, new Ledger(dir).completed().size(), "removed periods still count as published");
        // An older period published again stays, even though it is not among the newest.
        publisher.publish(options("2026-07"), false, 1);
        assertEquals(List.of("2026-07", "2026-11"), published());
    }

    private RunOptions options(String period) {
        return new RunOptions(Path.of("input"), Path.of("templates"), dir, YearMonth.parse(period), "careerbench run");
    }

    private List<String> published() throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}-\\d{2}")).sorted()
                    .toList();
        }
    }
}
