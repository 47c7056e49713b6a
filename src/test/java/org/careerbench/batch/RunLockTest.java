package org.careerbench.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondHolderIsRefusedWithWhoHoldsIt() throws Exception {
        try (RunLock first = RunLock.acquire(dir, "careerbench run --period 2026-11", java.time.Instant.EPOCH)) {
            RunLock.Locked e = assertThrows(RunLock.Locked.class, () -> RunLock.acquire(dir, "second", java.time.Instant.EPOCH));
            assertTrue(e.getMessage().contains("another CareerBench run holds"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
            assertTrue(e.getMessage().contains("careerbench run --period 2026-11"), e.getMessage());
        }
        try (RunLock again = RunLock.acquire(dir, "third", java.time.Instant.EPOCH)) {
            assertEquals("", again.takenOver(), "a released lock leaves nothing to take over");
        }
    }

    @Test
    void aLockFileLeftByAKilledRunIsTakenOver() throws Exception {
        Files.writeString(dir.resolve(RunLock.FILE), "pid 999999, since 2026-11-01T06:00:00Z, careerbench run\n");
        try (RunLock lock = RunLock.acquire(dir, "now", java.time.Instant.EPOCH)) {
            assertEquals("pid 999999, since 2026-11-01T06:00:00Z, careerbench run", lock.takenOver());
        }
    }
}
