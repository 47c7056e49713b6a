package org.careerbench.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters posted to a real SMTP server started in the test (GreenMail). */
class SmtpPostboxTest {
    @TempDir
    Path dir;

    private GreenMail server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private SmtpPostbox postbox(Optional<String> user, Optional<String> password, Map<String, String> env) {
        return new SmtpPostbox(new DeliverySettings.Smtp("127.0.0.1", port, DeliverySettings.Tls.NONE, user,
                password), env::get);
    }

    private SmtpPostbox anonymous() {
        return postbox(Optional.empty(), Optional.empty(), Map.of());
    }

    @Test
    void aLetterArrivesWithItsSenderRecipientSubjectAndBody() throws Exception {
        anonymous().post(new Letter("CareerBench <cb@example.org>", "Comp Team <comp@example.org>",
                "Gehälter November 2026 — Median $150,000", "Median: $150,000.", Optional.empty()));
        MimeMessage[] got = server.getReceivedMessages();
        assertEquals(1, got.length);
        assertEquals("Gehälter November 2026 — Median $150,000", got[0].getSubject());
        assertEquals("cb@example.org", ((jakarta.mail.internet.InternetAddress) got[0].getFrom()[0]).getAddress());
        assertEquals("comp@example.org", ((jakarta.mail.internet.InternetAddress) got[0]
                .getRecipients(Message.RecipientType.TO)[0]).getAddress());
        assertTrue(String.valueOf(got[0].getContent()).contains("Median: $150,000."));
    }

    @Test
    void theAttachmentArrivesByteForByteUnderItsName() throws Exception {
        byte[] pdf = new byte[4096];
        new java.util.Random(7).nextBytes(pdf);
        Path file = Files.write(dir.resolve("career-report.pdf"), pdf);
        anonymous().post(new Letter("cb@example.org", "people@example.org", "Report", "Attached.", Optional.of(file)));
        Multipart parts = (Multipart) server.getReceivedMessages()[0].getContent();
        assertEquals(2, parts.getCount());
        Part attached = parts.getBodyPart(1);
        assertEquals("career-report.pdf", attached.getFileName());
        assertArrayEquals(pdf, attached.getInputStream().readAllBytes());
    }

    @Test
    void aLineBreakInASubjectCannotAddAHeader() throws Exception {
        anonymous().post(new Letter("cb@example.org", "people@example.org", "Pay\r\nBcc: thief@example.org",
                "Body", Optional.empty()));
        MimeMessage got = server.getReceivedMessages()[0];
        assertEquals(1, got.getAllRecipients().length, "no Bcc smuggled in");
        assertEquals(null, got.getHeader("Bcc"));
        assertEquals(1, server.getReceivedMessages().length);
    }

    @Test
    void anAddressThatIsNotOneIsRefusedBeforeAnythingIsSent() {
        DeliveryException e = assertThrows(DeliveryException.class, () -> anonymous().post(new Letter(
                "cb@example.org", "not an address <", "s", "b", Optional.empty())));
        assertTrue(e.getMessage().contains("did not take the message"), e.getMessage());
        assertEquals(0, server.getReceivedMessages().length);
    }

    @Test
    void aLoginComesFromTheNamedVariablesAndAMissingOneIsNamedNotItsValue() throws Exception {
        server.setUser("mailer@example.org", "mailer", "s3cret-password");
        postbox(Optional.of("MAIL_USER"), Optional.of("MAIL_PASSWORD"), Map.of("MAIL_USER", "mailer",
                "MAIL_PASSWORD", "s3cret-password")).post(new Letter("cb@example.org", "people@example.org", "s", "b",
                Optional.empty()));
        assertEquals(1, server.getReceivedMessages().length);
        DeliveryException e = assertThrows(DeliveryException.class, () -> postbox(Optional.of("MAIL_USER"),
                Optional.of("MAIL_PASSWORD"), Map.of("MAIL_USER", "mailer")).post(new Letter("cb@example.org",
                "people@example.org", "s", "b", Optional.empty())));
        assertEquals("the mail server wants a login, but the environment variable MAIL_PASSWORD is not set",
                e.getMessage());
    }

    @Test
    void aServerThatIsDownIsNamedWithTheReason() {
        server.stop();
        DeliveryException e = assertThrows(DeliveryException.class, () -> anonymous().post(new Letter(
                "cb@example.org", "people@example.org", "s", "b", Optional.empty())));
        assertTrue(e.getMessage().startsWith("the mail server 127.0.0.1:" + port + " did not take the message to "
                + "people@example.org: "), e.getMessage());
        assertFalse(e.getMessage().contains("jakarta"), "no class name: " + e.getMessage());
        server.start();
    }
}
