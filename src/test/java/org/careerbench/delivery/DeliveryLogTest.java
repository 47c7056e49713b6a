package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery log read back as a retry reads it. */
class DeliveryLogTest {
    @TempDir
    Path folder;

    @Test
    void aServerReasonWithLineBreaksStaysOneLine() throws Exception {
        DeliveryLog log = new DeliveryLog(folder);
        log.record(new DeliveryLog.Entry(Instant.parse("2026-11-02T07:00:00Z"), false, "r.pdf", "abc", "a@example.org",
                "421 closing\r\n\tsent\tr.pdf\tabc\tb@example.org"));
        log.record(new DeliveryLog.Entry(Instant.parse("2026-11-02T07:01:00Z"), true, "r.pdf", "abc", "c@example.org",
                ""));
        assertEquals(2, Files.readAllLines(folder.resolve(DeliveryLog.FILE)).size());
        assertFalse(log.sent("r.pdf", "abc", "b@example.org"), "a reason cannot fake a sent line");
        assertFalse(log.sent("r.pdf", "abc", "a@example.org"), "a failed letter is not sent");
        assertTrue(log.sent("r.pdf", "abc", "C@Example.org"), "addresses compare without case");
        assertFalse(log.sent("r.pdf", "other", "c@example.org"), "other content is another letter");
    }

    /** Regression (issue 24): a time that is not ISO ended deliver in an exception; now in words, at its line. */
    @Test
    void aLineThatIsNotOursIsRefusedAtItsLineNotSkipped() throws Exception {
        Files.writeString(folder.resolve(DeliveryLog.FILE), "2026-11-02T07:01:00Z\tsent\tr.pdf\tabc\ta@example.org\t\n"
                + "yesterday\tsent\tr.pdf\tabc\tb@example.org\t\n");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new DeliveryLog(folder).sent("r.pdf", "abc", "b@example.org"));
        assertTrue(e.getMessage().contains(DeliveryLog.FILE + ":2: found a line that is not"), e.getMessage());
    }

    @Test
    void aLetterLeftSendingIsUnconfirmedUntilItsOutcomeIsLogged() throws Exception {
        DeliveryLog log = new DeliveryLog(folder);
        Instant t = Instant.parse("2026-11-02T07:00:00Z");
        log.record(new DeliveryLog.Entry(t, DeliveryLog.Status.SENDING, "r.pdf", "abc", "a@example.org", ""));
        log.record(new DeliveryLog.Entry(t, DeliveryLog.Status.SENDING, "r.pdf", "abc", "b@example.org", ""));
        log.record(new DeliveryLog.Entry(t, true, "r.pdf", "abc", "b@example.org", ""));
        assertEquals(java.util.Set.of(DeliveryLog.key("r.pdf", "abc", "a@example.org")), log.unconfirmed().keySet());
        assertFalse(log.sent("r.pdf", "abc", "a@example.org"));
    }
}
