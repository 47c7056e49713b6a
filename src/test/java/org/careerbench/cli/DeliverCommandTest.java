package org.careerbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerbench.batch.ManifestVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery against a real SMTP server started in the test (GreenMail): a run sends each
 * recipient the published PDF byte for byte, subject and body from its key figures; a failed run
 * tells operations; a delivery that failed is retried by {@code deliver}, which never sends twice.
 */
class DeliverCommandTest {
    @TempDir
    Path dir;

    private GreenMail smtp;
    private int port;
    private Path input;
    private Path templates;
    private Path output;

    @BeforeEach
    void setUp() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        input = TemplateFolders.sampleInput(dir.resolve("in"));
        templates = TemplateFolders.themed(dir.resolve("t"));
        Files.copy(Path.of("templates/career-report.md"), templates.resolve("career-report.md"));
        Files.writeString(templates.resolve("delivery.yaml"), """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  tls: none
                from: CareerBench <careerbench@example.org>
                operations: hr-ops@example.org
                subject: "{title}, {period} — {headline}"
                reports:
                  career-report.pdf:
                    to: [people@example.org, "Comp Team <comp@example.org>"]
                """.formatted(port));
        output = dir.resolve("out");
    }

    @AfterEach
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private Cli run(int expected, String... args) {
        Cli cli = new Cli();
        int code = cli.run(args);
        assertEquals(expected, code, cli.out + "\n" + cli.err);
        return cli;
    }

    private Cli publish(int expected) {
        return run(expected, "run", "--period", "2026-11", "--input", input.toString(), "--templates",
                templates.toString(), "--output", output.toString(), "--quiet");
    }

    private Cli deliver(int expected) {
        return run(expected, "deliver", "--period", "2026-11", "--templates", templates.toString(), "--output",
                output.toString());
    }

    @Test
    void eachRecipientGetsThePublishedPdfWithItsKeyFigures() throws Exception {
        startServer();
        publish(ExitCodes.OK);
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertEquals(2, messages.length);
        Path pdf = output.resolve("2026-11/career-report.pdf");
        List<CSVRecord> figures = keyFigures(output.resolve("2026-11/figures.csv"));
        CSVRecord headline = figures.get(0);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage m : messages) {
            recipients.add(m.getAllRecipients()[0].toString());
            assertEquals("CareerBench <careerbench@example.org>", m.getFrom()[0].toString());
            String subject = m.getSubject();
            assertTrue(subject.contains("2026-11"), subject);
            assertTrue(subject.endsWith(" — " + headline.get("label") + ": " + headline.get("shown")), subject);
            Multipart parts = (Multipart) m.getContent();
            String body = (String) parts.getBodyPart(0).getContent();
            for (CSVRecord f : figures) {
                assertTrue(body.contains("- " + f.get("label") + ": " + f.get("shown")), body);
            }
            Part attachment = parts.getBodyPart(1);
            assertEquals("career-report.pdf", attachment.getFileName());
            assertArrayEquals(Files.readAllBytes(pdf), bytes(attachment), "the attachment is the published PDF");
        }
        assertEquals(List.of("people@example.org", "Comp Team <comp@example.org>"), recipients);
        assertEquals(List.of(), new ManifestVerifier().verify(output.resolve("2026-11")), "the log is no stranger");
    }

    @Test
    void deliverTwiceSendsOnce() throws Exception {
        startServer();
        publish(ExitCodes.OK);
        Cli again = deliver(ExitCodes.OK);
        assertTrue(again.out.toString().contains("0 letters sent, 2 sent before"), again.out.toString());
        deliver(ExitCodes.OK);
        assertEquals(2, smtp.getReceivedMessages().length);
    }

    @Test
    void aDeliveryThatFailedLeavesThePeriodPublishedAndDeliverSendsWhatIsMissing() throws Exception {
        Cli failed = publish(ExitCodes.DELIVERY_FAILED);
        assertTrue(failed.err.toString().contains("careerbench deliver --period 2026-11"), failed.err.toString());
        assertTrue(failed.err.toString().contains("127.0.0.1:" + port), failed.err.toString());
        assertEquals(List.of(), new ManifestVerifier().verify(output.resolve("2026-11")));
        assertTrue(Files.readString(output.resolve("2026-11/delivery.log")).contains("\tfailed\tcareer-report.pdf\t"));

        startServer();
        Cli retried = deliver(ExitCodes.OK);
        assertTrue(retried.out.toString().contains("2 letters sent"), retried.out.toString());
        deliver(ExitCodes.OK);
        assertEquals(2, smtp.getReceivedMessages().length, "a retry never sends twice");
        long sentLines = Files.readAllLines(output.resolve("2026-11/delivery.log")).stream()
                .filter(l -> l.contains("\tsent\t")).count();
        assertEquals(2, sentLines);
    }

    @Test
    void aFailedRunSendsTheOperationsNotice() throws Exception {
        startServer();
        Path salaries = input.resolve("salaries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(salaries));
        lines.set(5, lines.get(5).replaceFirst(",\\d{4}$", ",twenty-twenty"));
        Files.write(salaries, lines);
        Cli cli = publish(ExitCodes.BAD_INPUT);
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertEquals(1, messages.length, cli.err.toString());
        assertEquals("hr-ops@example.org", messages[0].getAllRecipients()[0].toString());
        assertEquals("CareerBench run for 2026-11 failed", messages[0].getSubject());
        String body = (String) messages[0].getContent();
        assertTrue(body.contains("salaries.csv:6"), body);
        assertTrue(body.contains("twenty-twenty"), body);
        assertFalse(Files.exists(output.resolve("2026-11")));
    }

    @Test
    void shardsDeliverNothingAndTheGatheredPeriodIsDeliveredOnce() throws Exception {
        startServer();
        for (int k = 1; k <= 2; k++) {
            run(ExitCodes.OK, "run", "--period", "2026-11", "--input", input.toString(), "--templates",
                    templates.toString(), "--output", output.toString(), "--quiet", "--shard", k + "/2");
        }
        assertEquals(0, smtp.getReceivedMessages().length, "a shard is not a period: nothing is sent");
        Cli gathered = run(ExitCodes.OK, "gather", "--period", "2026-11", "--shards", "2", "--templates",
                templates.toString(), "--output", output.toString());
        assertTrue(gathered.out.toString().contains("2 letters sent"), gathered.out.toString());
        deliver(ExitCodes.OK);
        assertEquals(2, smtp.getReceivedMessages().length);
        assertArrayEquals(Files.readAllBytes(output.resolve("2026-11/career-report.pdf")),
                bytes(((Multipart) smtp.getReceivedMessages()[0].getContent()).getBodyPart(1)));
    }

    @Test
    void aGatherThatFailsSendsTheOperationsNotice() throws Exception {
        startServer();
        run(ExitCodes.OK, "run", "--period", "2026-11", "--input", input.toString(), "--templates",
                templates.toString(), "--output", output.toString(), "--quiet", "--shard", "1/2");
        Cli cli = run(ExitCodes.BAD_INPUT, "gather", "--period", "2026-11", "--shards", "2", "--templates",
                templates.toString(), "--output", output.toString());
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertEquals(1, messages.length, cli.err.toString());
        assertEquals("hr-ops@example.org", messages[0].getAllRecipients()[0].toString());
        assertTrue(((String) messages[0].getContent()).contains("shard 2 of 2 of 2026-11 is not there whole"));
    }

    @Test
    void starttlsIsRequiredNotMerelyTried() throws Exception {
        startServer();
        Path settings = templates.resolve("delivery.yaml");
        Files.writeString(settings, Files.readString(settings).replace("tls: none", "tls: starttls"));
        Cli cli = publish(ExitCodes.DELIVERY_FAILED);
        assertEquals(0, smtp.getReceivedMessages().length, "nothing goes out in the clear: " + cli.err);
        assertTrue(cli.err.toString().contains("STARTTLS"), cli.err.toString());
        assertTrue(Files.readString(output.resolve("2026-11/delivery.log")).contains("\tfailed\t"));
    }

    @Test
    void aDeliveryFileWithAPasswordIsRefusedBeforeAnythingIsWritten() throws Exception {
        Files.writeString(templates.resolve("delivery.yaml"), """
                smtp:
                  host: smtp.example.org
                  password: hunter2
                from: careerbench@example.org
                reports:
                  career-reprot.pdf:
                    to: people@example.org
                """);
        Cli cli = publish(ExitCodes.BAD_INPUT);
        String err = cli.err.toString();
        assertTrue(err.contains("delivery.yaml:3"), err);
        assertTrue(err.contains("credentials are never read from delivery.yaml"), err);
        assertTrue(err.contains("delivery.yaml:6"), err);
        assertTrue(err.contains("no template writes 'career-reprot.pdf' (did you mean 'career-report.pdf'?)"), err);
        assertFalse(err.contains("hunter2"), "the password is not echoed");
        assertFalse(Files.exists(output.resolve("2026-11")));
    }

    private static List<CSVRecord> keyFigures(Path file) throws Exception {
        try (CSVParser p = CSVParser.builder().setPath(file).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords().stream().filter(r -> r.get("report").equals("career-report.pdf"))
                    .filter(r -> !r.get("label").isEmpty()).toList();
        }
    }

    private static byte[] bytes(Part part) throws Exception {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }


    /**
     * Regression (issue 24): a mail server answering one byte every 20 s held a run for 16 minutes,
     * with the output folder's lock held all along. Now a delivery has an overall deadline, and no
     * run waits on mail while holding the lock.
     */
    @Test
    void aSlowMailServerHoldsTheRunNoLongerThanItsDeadlineAndNeverWithTheLock() throws Exception {
        Files.writeString(templates.resolve("delivery.yaml"), Files.readString(templates.resolve("delivery.yaml"))
                .replace("  tls: none\n", "  tls: none\n  deadline-seconds: 2\n"));
        java.util.concurrent.atomic.AtomicReference<String> lockAtFirstLetter = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch hungUp = new java.util.concurrent.CountDownLatch(1);
        try (ServerSocket slow = new ServerSocket(port, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Thread server = new Thread(() -> {
                try (java.net.Socket client = slow.accept()) {
                    try (var probe = org.careerbench.batch.RunLock.acquire(output, "test", java.time.Instant.now())) {
                        lockAtFirstLetter.set("free");
                    } catch (org.careerbench.batch.RunLock.Locked e) {
                        lockAtFirstLetter.set("held");
                    }
                    client.setSoTimeout(1000);
                    for (byte b : "220 slow.example.org ESMTP\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
                        client.getOutputStream().write(b);
                        client.getOutputStream().flush();
                        try {
                            if (client.getInputStream().read() < 0) {
                                hungUp.countDown();
                                return;
                            }
                        } catch (java.net.SocketTimeoutException quiet) {
                            // Nothing from the client yet: another byte of the greeting.
                        }
                    }
                } catch (Exception e) {
                    hungUp.countDown();
                }
            });
            server.setDaemon(true);
            server.start();
            long t0 = System.nanoTime();
            Cli cli = publish(ExitCodes.DELIVERY_FAILED);
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertTrue(seconds < 20, "the run waited " + seconds + " s: " + cli.err);
            assertEquals("free", lockAtFirstLetter.get(), "the lock is released before the first letter");
            assertTrue(cli.err.toString().contains("deadline of 2 seconds"), cli.err.toString());
            assertTrue(Files.isRegularFile(output.resolve("2026-11/manifest.json")), "published all the same");
            assertTrue(hungUp.await(5, java.util.concurrent.TimeUnit.SECONDS), "the stopped letter's connection is "
                    + "closed, not left to finish sending later");
        }
    }

    /**
     * Regression (issue 24): three gathers of the same shards republished the period three times and
     * sent three identical letters each, the delivery log deleted with each replaced folder.
     */
    @Test
    void gatheringTwiceRepublishesAndResendsEveryLetter() throws Exception {
        startServer();
        for (int k = 1; k <= 2; k++) {
            run(ExitCodes.OK, "run", "--period", "2026-11", "--input", input.toString(), "--templates",
                    templates.toString(), "--output", output.toString(), "--quiet", "--shard", k + "/2");
        }
        String[] gather = {"gather", "--period", "2026-11", "--shards", "2", "--templates", templates.toString(),
                "--output", output.toString()};
        run(ExitCodes.OK, gather);
        Path first = output.resolve(Files.readSymbolicLink(output.resolve("2026-11")));
        Cli again = run(ExitCodes.OK, gather);
        assertTrue(again.out.toString().contains("already published") && again.out.toString().contains("skipped"),
                again.out.toString());
        assertEquals(first, output.resolve(Files.readSymbolicLink(output.resolve("2026-11"))), "not republished");
        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(gather), java.util.stream.Stream.of(
                "--force")).toArray(String[]::new);
        Cli republished = run(ExitCodes.OK, forced);
        assertTrue(republished.out.toString().contains("0 letters sent, 2 sent before"), republished.out.toString());
        assertEquals(2, smtp.getReceivedMessages().length, "each letter once, however often the period is gathered");
    }

    /** Regression (issue 24): a recipient with a line break split its log line and was re-sent on every deliver. */
    @Test
    void aRecipientWithALineBreakIsRefusedAtItsLine() throws Exception {
        Files.writeString(templates.resolve("delivery.yaml"), Files.readString(templates.resolve("delivery.yaml"))
                .replace("to: [people@example.org, \"Comp Team <comp@example.org>\"]",
                        "to: [\"people@example.org\\nthief@example.org\"]"));
        Cli cli = run(ExitCodes.BAD_INPUT, "validate", "--input", input.toString(), "--templates", templates.toString(),
                "--period", "2026-11");
        assertTrue(cli.err.toString().contains("delivery.yaml:10: 'to' of the delivery of 'career-report.pdf' holds a "
                + "line break"), cli.err.toString());
    }
}
