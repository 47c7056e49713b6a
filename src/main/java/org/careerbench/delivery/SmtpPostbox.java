package org.careerbench.delivery;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Posts letters over SMTP with Jakarta Mail (Eclipse Angus): TLS as configured (STARTTLS is
 * required, not merely tried), the login read from the environment variables the settings
 * name, 30-second timeouts so a dead server fails a delivery instead of hanging the run.
 */
public final class SmtpPostbox implements Postbox {
    private static final String TIMEOUT_MS = "30000";
    private final DeliverySettings.Smtp smtp;
    private final UnaryOperator<String> environment;

    /**
     * @param environment reads an environment variable, null when unset ({@code System::getenv})
     */
    /** The connection of the letter being posted, so that {@link #abort} can close it from another thread. */
    private volatile Transport current;

    /** The plain sockets of this postbox (no TLS from the start, or STARTTLS over them). */
    private final RecordedSockets sockets = new RecordedSockets();

    @Override
    public void abort() {
        // A plain or STARTTLS connection is ended at once by its socket; a TLS one by its transport.
        sockets.closeAll();
        Transport t = current;
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException | RuntimeException e) {
                // Closing is all that is asked; the blocked post fails either way.
            }
        }
    }

    public SmtpPostbox(DeliverySettings.Smtp smtp, UnaryOperator<String> environment) {
        this.smtp = smtp;
        this.environment = environment;
    }

    @Override
    public void post(Letter letter) throws DeliveryException {
        String user = smtp.usernameEnv().map(n -> variable(n)).orElse(null);
        String password = smtp.passwordEnv().map(n -> variable(n)).orElse(null);
        if (smtp.usernameEnv().isPresent() && (user == null || password == null)) {
            throw new DeliveryException("the mail server wants a login, but the environment variable "
                    + (user == null ? smtp.usernameEnv().get() : smtp.passwordEnv().get()) + " is not set", null);
        }
        Session session = Session.getInstance(properties(user != null));
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(letter.from(), true));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), true));
            m.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            m.setSentDate(new Date());
            if (letter.attachment().isPresent()) {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(letter.body(), StandardCharsets.UTF_8.name());
                MimeBodyPart file = new MimeBodyPart();
                file.attachFile(letter.attachment().get().toFile());
                file.setFileName(letter.attachment().get().getFileName().toString());
                m.setContent(new MimeMultipart(text, file));
            } else {
                m.setText(letter.body(), StandardCharsets.UTF_8.name());
            }
            m.saveChanges();
            Transport transport = session.getTransport();
            current = transport;
            try {
                if (user != null) {
                    transport.connect(user, password);
                } else {
                    transport.connect();
                }
                transport.sendMessage(m, m.getAllRecipients());
            } finally {
                current = null;
                transport.close();
            }
        } catch (MessagingException | IOException e) {
            throw new DeliveryException("the mail server " + smtp.host() + ":" + smtp.port() + " did not take the "
                    + "message to " + letter.to() + ": " + words(e), e);
        }
    }

    private String variable(String name) {
        String v = environment.apply(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private Properties properties(boolean login) {
        Properties p = new Properties();
        String protocol = smtp.tls() == DeliverySettings.Tls.TLS ? "smtps" : "smtp";
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".host", smtp.host());
        p.setProperty("mail." + protocol + ".port", Integer.toString(smtp.port()));
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(login));
        p.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        p.setProperty("mail." + protocol + ".timeout", TIMEOUT_MS);
        p.setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (smtp.tls() != DeliverySettings.Tls.TLS) {
            // An object, so put, not setProperty: the library's documented way to hand it a factory.
            p.put("mail.smtp.socketFactory", sockets);
        }
        if (smtp.tls() == DeliverySettings.Tls.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        if (smtp.tls() != DeliverySettings.Tls.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** The innermost cause's message: "Connection refused", "550 no such user". */
    private static String words(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "no reason given" : m.strip();
    }
}
