package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters as the deliverer writes them, posted to a recorder instead of a server. */
class DelivererTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** Records letters; refuses those to the addresses it is told to. */
    private static final class Recorder implements Postbox {
        final List<Letter> posted = new ArrayList<>();
        final Set<String> refuse;

        Recorder(Set<String> refuse) {
            this.refuse = refuse;
        }

        @Override
        public void post(Letter letter) throws DeliveryException {
            if (refuse.contains(letter.to())) {
                throw new DeliveryException("550 mailbox unavailable", null);
            }
            posted.add(letter);
        }
    }

    private static DeliverySettings settings(DeliverySettings.ReportDelivery... reports) {
        return new DeliverySettings(new DeliverySettings.Smtp("localhost", 25, DeliverySettings.Tls.NONE,
                Optional.empty(), Optional.empty()), "cb@example.org", Optional.of("ops@example.org"), List.of(reports),
                DeliverySettings.DEFAULT_SUBJECT, DeliverySettings.DEFAULT_BODY);
    }

    private static DeliverySettings.ReportDelivery to(String file, String... to) {
        return new DeliverySettings.ReportDelivery(file, List.of(to), true, Optional.empty(), Optional.empty(),
                Optional.empty(), 1);
    }

    private Deliverable report(String name, String title, Deliverable.KeyFigureText... figures) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "%PDF");
        return new Deliverable(file, "abc123", title, List.of(figures));
    }

    @Test
    void aValueWithALineBreakCannotAddAHeader() throws Exception {
        Recorder box = new Recorder(Set.of());
        Deliverable d = report("r.pdf", "Pay guide\r\nBcc: thief@example.org",
                new Deliverable.KeyFigureText("Median\nBcc: thief@example.org", "$1"));
        new Deliverer(settings(to("r.pdf", "a@example.org")), box, CLOCK).deliver("2026-11", folder, List.of(d));
        String subject = box.posted.get(0).subject();
        assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
        assertEquals("Pay guide Bcc: thief@example.org, 2026-11 — Median Bcc: thief@example.org: $1", subject);
    }

    @Test
    void aLinkEscapesTheFileName() throws Exception {
        Recorder box = new Recorder(Set.of());
        Deliverable d = report("pay guide & co.pdf", "Pay guide");
        DeliverySettings.ReportDelivery linked = new DeliverySettings.ReportDelivery("pay guide & co.pdf",
                List.of("a@example.org"), false, Optional.of("https://intranet.example.org/{period}/{file}"),
                Optional.empty(), Optional.of("{where}"), 1);
        new Deliverer(settings(linked), box, CLOCK).deliver("2026-11", folder, List.of(d));
        Letter letter = box.posted.get(0);
        assertEquals("The report is at https://intranet.example.org/2026-11/pay%20guide%20%26%20co.pdf.", letter.body());
        assertTrue(letter.attachment().isEmpty(), "linked, not attached");
        assertEquals("Pay guide, 2026-11 — Pay guide", letter.subject(), "no key figures: the title heads it");
    }

    @Test
    void aRefusedLetterDoesNotStopTheOthersAndIsTheOnlyOneRetried() throws Exception {
        Deliverable d = report("r.pdf", "Pay guide", new Deliverable.KeyFigureText("Median", "$1"));
        DeliverySettings s = settings(to("r.pdf", "a@example.org", "bad@example.org", "c@example.org"),
                to("missing.xlsx", "a@example.org"));
        Recorder first = new Recorder(Set.of("bad@example.org"));
        DeliveryReport one = new Deliverer(s, first, CLOCK).deliver("2026-11", folder, List.of(d));
        assertEquals(List.of("a@example.org", "c@example.org"), first.posted.stream().map(Letter::to).toList());
        assertEquals(List.of("r.pdf to bad@example.org: 550 mailbox unavailable"), one.failures());
        assertEquals(List.of("missing.xlsx was not published for 2026-11; nothing sent for it"), one.notes());
        assertFalse(one.complete());

        Recorder second = new Recorder(Set.of());
        DeliveryReport two = new Deliverer(s, second, CLOCK).deliver("2026-11", folder, List.of(d));
        assertEquals(List.of("bad@example.org"), second.posted.stream().map(Letter::to).toList());
        assertEquals(2, two.alreadySent());
        assertTrue(two.complete());
    }

    @Test
    void aPatternCoversEveryReportOfABurst() throws Exception {
        Recorder box = new Recorder(Set.of());
        List<Deliverable> published = List.of(report("pay-guide-us.pdf", "Pay guide — US"),
                report("pay-guide-de.pdf", "Pay guide — DE"), report("pay-guide.xlsx", "Workbook"));
        new Deliverer(settings(to("pay-guide-*.pdf", "a@example.org")), box, CLOCK).deliver("2026-11", folder,
                published);
        assertEquals(List.of("Pay guide — US, 2026-11 — Pay guide — US", "Pay guide — DE, 2026-11 — Pay guide — DE"),
                box.posted.stream().map(Letter::subject).toList());
    }

    @Test
    void aRepublishedFileIsSentAgain() throws Exception {
        Recorder box = new Recorder(Set.of());
        DeliverySettings s = settings(to("r.pdf", "a@example.org"));
        Deliverable d = report("r.pdf", "Pay guide");
        new Deliverer(s, box, CLOCK).deliver("2026-11", folder, List.of(d));
        new Deliverer(s, box, CLOCK).deliver("2026-11", folder, List.of(d));
        Deliverable changed = new Deliverable(d.file(), "def456", d.title(), d.keyFigures());
        new Deliverer(s, box, CLOCK).deliver("2026-11", folder, List.of(changed));
        assertEquals(2, box.posted.size(), "once per content, not once per try");
    }

    @Test
    void theFailureNoticeGoesToOperationsOnly() throws Exception {
        Recorder box = new Recorder(Set.of());
        assertTrue(new Deliverer(settings(to("r.pdf", "a@example.org")), box, CLOCK).noticeOfFailure("2026-11",
                "careerbench run", "salaries.csv:6:13: found 'x', expected a year"));
        Letter notice = box.posted.get(0);
        assertEquals("ops@example.org", notice.to());
        assertTrue(notice.body().contains("salaries.csv:6:13: found 'x', expected a year"), notice.body());
        assertTrue(notice.attachment().isEmpty());
    }

    /** A server that never answers cost 30 s per letter (95 s for three); one silent answer now settles the rest. */
    @Test
    void aSilentServerIsWaitedForOnceNotOncePerLetter() throws Exception {
        List<String> tried = new ArrayList<>();
        Postbox silent = letter -> {
            tried.add(letter.to());
            throw new DeliveryException("Read timed out", new java.net.SocketTimeoutException("Read timed out"));
        };
        Deliverable d = report("r.pdf", "Pay guide");
        DeliveryReport report = new Deliverer(settings(to("r.pdf", "a@example.org", "b@example.org", "c@example.org")),
                silent, CLOCK).deliver("2026-11", folder, List.of(d));
        assertEquals(List.of("a@example.org"), tried, "only the first letter waited on the server");
        assertEquals(3, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(2).contains("did not answer an earlier letter"), report.failures().toString());
    }

    /** A letter the server refuses (550) says nothing about the next one: each is still tried. */
    @Test
    void aRefusedLetterDoesNotStopTheOthers() throws Exception {
        Recorder box = new Recorder(Set.of("a@example.org"));
        Deliverable d = report("r.pdf", "Pay guide");
        new Deliverer(settings(to("r.pdf", "a@example.org", "b@example.org")), box, CLOCK).deliver("2026-11", folder,
                List.of(d));
        assertEquals(1, box.posted.size());
    }

    /**
     * Regression (issue 24): a letter the server had taken when the run was killed, before its line was
     * logged, was sent again by the next deliver. Now "sending" is logged first, and such a letter is
     * reported as unconfirmed and sent again only when asked.
     */
    @Test
    void aLetterAcceptedButNotLoggedWhenTheRunWasKilledIsSentAgain() throws Exception {
        Deliverable d = report("r.pdf", "Pay guide");
        DeliverySettings s = settings(to("r.pdf", "a@example.org"));
        // What a run killed while the server had the letter leaves: its "sending" line and no outcome.
        Recorder first = new Recorder(Set.of());
        new Deliverer(s, first, CLOCK).deliver("2026-11", folder, List.of(d));
        List<String> log = Files.readAllLines(folder.resolve(DeliveryLog.FILE));
        assertEquals(2, log.size(), "sending, then sent: " + log);
        assertTrue(log.get(0).contains("\tsending\t") && log.get(1).contains("\tsent\t"), log.toString());
        Files.write(folder.resolve(DeliveryLog.FILE), log.subList(0, 1));
        Recorder retry = new Recorder(Set.of());
        DeliveryReport report = new Deliverer(s, retry, CLOCK).deliver("2026-11", folder, List.of(d));
        assertTrue(retry.posted.isEmpty(), "not sent twice");
        assertTrue(report.failures().get(0).contains("unconfirmed") && report.failures().get(0).contains(
                "--resend-unconfirmed"), report.failures().toString());
        new Deliverer(s, retry, CLOCK).deliver("2026-11", folder, List.of(d), true);
        assertEquals(1, retry.posted.size(), "sent when asked");
        assertTrue(new DeliveryLog(folder).unconfirmed().isEmpty());
    }
}
