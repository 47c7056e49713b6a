package org.careerbench.delivery;

import java.util.List;
import java.util.Optional;

/**
 * What {@code delivery.yaml} says: the mail server, the sender, the operations address, and who
 * receives which report. Immutable; credentials are not part of it (only the names of the
 * environment variables that hold them).
 *
 * @param smtp       the server and how to reach it
 * @param from       the sender, e.g. {@code CareerBench <careerbench@example.org>}
 * @param operations where failure notices go, if anywhere
 * @param reports    each configured report, in the file's order
 * @param subject    the subject pattern reports use unless they set their own
 * @param body       the body pattern reports use unless they set their own
 */
public record DeliverySettings(Smtp smtp, String from, Optional<String> operations, List<ReportDelivery> reports,
        String subject, String body) {

    /** The file's name, in the templates folder. */
    public static final String FILE = "delivery.yaml";

    /** The subject when the file sets none. */
    public static final String DEFAULT_SUBJECT = "{title}, {period} — {headline}";

    /** The body when the file sets none. */
    public static final String DEFAULT_BODY = """
            {title} for {period} is published.

            {key figures}

            {where}
            """;

    /** Every placeholder a subject or body may use. */
    public static final List<String> PLACEHOLDERS = List.of("title", "period", "file", "link", "where", "headline",
            "key figures");

    public DeliverySettings {
        reports = List.copyOf(reports);
    }

    /** How a message leaves: over TLS from the first byte, upgraded with STARTTLS, or in the clear. */
    public enum Tls {
        /** SMTPS: TLS from the connection's start (usually port 465). */
        TLS(465),
        /** STARTTLS, required: the connection is refused if the server cannot upgrade (usually 587). */
        STARTTLS(587),
        /** No encryption: only for a relay on the same host or a test server. */
        NONE(25);

        private final int port;

        Tls(int port) {
            this.port = port;
        }

        /** The usual port for this mode. */
        public int defaultPort() {
            return port;
        }
    }

    /**
     * The mail server.
     *
     * @param usernameEnv the environment variable holding the user name, if the server wants a login
     * @param passwordEnv the environment variable holding the password
     * @param deadline    how long one delivery (every letter of a period) may take with this server in all;
     *                    letters not sent by then are logged as not sent, for {@code deliver} to retry
     */
    public record Smtp(String host, int port, Tls tls, Optional<String> usernameEnv, Optional<String> passwordEnv,
            java.time.Duration deadline) {
        /** The deadline when the file sets none: a slow server never holds a run for long. */
        public static final java.time.Duration DEFAULT_DEADLINE = java.time.Duration.ofMinutes(5);

        /** A server with the default deadline. */
        public Smtp(String host, int port, Tls tls, Optional<String> usernameEnv, Optional<String> passwordEnv) {
            this(host, port, tls, usernameEnv, passwordEnv, DEFAULT_DEADLINE);
        }
    }

    /**
     * One report's recipients and message.
     *
     * @param file    the deliverable's file name in the period folder, e.g. {@code career-report.pdf}, or a
     *                pattern with {@code *} (every report of a burst: {@code career-report-*.pdf})
     * @param to      recipients, each an address
     * @param attach  whether the file goes with the message
     * @param link    a pattern of the file's address, e.g. {@code https://intranet/cb/{period}/{file}}
     * @param subject this report's subject pattern, if it has its own
     * @param body    this report's body pattern, if it has its own
     * @param line    the line of {@code delivery.yaml} that names the report, for problems found later
     */
    public record ReportDelivery(String file, List<String> to, boolean attach, Optional<String> link,
            Optional<String> subject, Optional<String> body, int line) {
        public ReportDelivery {
            to = List.copyOf(to);
        }

        /**
         * Whether this delivery covers the published file {@code name}: its file name, or a pattern
         * with {@code *} for any characters, e.g. {@code career-report-*.pdf} for every report of a
         * burst.
         */
        public boolean covers(String name) {
            if (!file.contains("*")) {
                return file.equals(name);
            }
            StringBuilder regex = new StringBuilder();
            for (String part : file.split("\\*", -1)) {
                regex.append(regex.isEmpty() ? "" : ".*").append(java.util.regex.Pattern.quote(part));
            }
            return name.matches(regex.toString());
        }
    }

    /** The configured delivery of {@code file}, if any. */
    public Optional<ReportDelivery> report(String file) {
        return reports.stream().filter(r -> r.covers(file)).findFirst();
    }
}
