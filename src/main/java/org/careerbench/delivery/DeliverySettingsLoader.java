package org.careerbench.delivery;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerbench.handwritten.Fence;
import org.careerbench.handwritten.HandWrittenFile;
import org.careerbench.handwritten.KeyReader;
import org.careerbench.diagnostics.Problem;
import org.careerbench.diagnostics.Problems;
import org.careerbench.diagnostics.Suggestions;
import org.careerbench.handwritten.YamlNode;

/**
 * Reads {@code delivery.yaml} from a templates folder. Every mistake becomes a {@link Problem}
 * at its line — an unknown key with the closest accepted one, an address that is not one, an
 * unknown placeholder, a password written into the file — so a run refuses before it writes
 * anything, as it does for a template.
 */
public final class DeliverySettingsLoader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** An environment variable's name as shells and container platforms write them. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Map<String, DeliverySettings.Tls> TLS = Map.of("tls", DeliverySettings.Tls.TLS,
            "starttls", DeliverySettings.Tls.STARTTLS, "none", DeliverySettings.Tls.NONE);

    private DeliverySettingsLoader() {
    }

    /**
     * The settings in {@code templates/delivery.yaml}, empty when the file is absent (nothing is
     * delivered) or not YAML. Each problem is added to {@code problems}, and the settings are then
     * only as far as they could be read: a caller checks {@code problems} before using them (a
     * run goes on checking them against its reports, to report every mistake at once).
     *
     * @throws IOException when the file exists but cannot be read
     */
    public static Optional<DeliverySettings> load(Path templates, Problems problems) throws IOException {
        Path file = templates.resolve(DeliverySettings.FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Problems mine = new Problems();
        Optional<YamlNode> root = HandWrittenFile.yaml(file, new Fence(templates), "YAML delivery settings", mine);
        if (root.isEmpty()) {
            problems.addAll(mine);
            return Optional.empty();
        }
        KeyReader top = KeyReader.of(file, root.get(), "the delivery settings", mine);
        DeliverySettings.Smtp smtp = smtp(top, file, mine);
        String from = top.required("from").map(a -> address(top, "from", a, top.valueLine("from"))).orElse("");
        Optional<String> operations = top.text("operations")
                .map(a -> address(top, "operations", a, top.valueLine("operations")));
        String subject = top.text("subject").map(t -> placeholders(top, "subject",
                oneLine(top, "subject", t, top.valueLine("subject")))).orElse(DeliverySettings.DEFAULT_SUBJECT);
        String body = top.text("body").map(t -> placeholders(top, "body", t)).orElse(DeliverySettings.DEFAULT_BODY);
        List<DeliverySettings.ReportDelivery> reports = new ArrayList<>();
        Optional<KeyReader> each = top.mapping("reports", "the reports of the delivery settings");
        if (each.isPresent()) {
            for (YamlNode.Entry e : each.get().entries()) {
                report(file, e, mine).ifPresent(reports::add);
            }
        } else if (!top.has("reports")) {
            mine.add(file, top.line(), Problem.Kind.MISSING_KEY, "missing 'reports:' in the delivery settings; "
                    + "expected each report's file name with its recipients, e.g. 'career-report.pdf: {to: "
                    + "[hr@example.org]}'");
        }
        top.finish();
        problems.addAll(mine);
        return Optional.of(new DeliverySettings(smtp, from, operations, reports, subject, body));
    }

    private static DeliverySettings.Smtp smtp(KeyReader top, Path file, Problems problems) {
        Optional<KeyReader> server = top.mapping("smtp", "the mail server ('smtp:')");
        if (server.isEmpty()) {
            if (!top.has("smtp")) {
                problems.add(file, top.line(), Problem.Kind.MISSING_KEY, "missing 'smtp:' in the delivery settings; "
                        + "expected the mail server, e.g. 'smtp: {host: smtp.example.org, port: 587, tls: starttls}'");
            }
            return new DeliverySettings.Smtp("", 0, DeliverySettings.Tls.STARTTLS, Optional.empty(), Optional.empty());
        }
        KeyReader s = server.get();
        for (String secret : List.of("password", "username", "user")) {
            if (s.forbidden(secret)) {
                s.problem(secret, Problem.Kind.UNKNOWN_KEY, "credentials are never read from " + DeliverySettings.FILE
                        + ": write '" + (secret.equals("password") ? "password" : "username")
                        + "_env: NAME' and set the environment variable NAME where the run starts");
            }
        }
        String host = s.required("host").map(h -> oneLine(s, "host", h, s.valueLine("host"))).orElse("");
        DeliverySettings.Tls tls = s.oneOf("tls", TLS).orElse(DeliverySettings.Tls.STARTTLS);
        OptionalInt port = s.wholeNumber("port", 1);
        if (port.isPresent() && port.getAsInt() > 65_535) {
            s.problem("port", Problem.Kind.UNKNOWN_VALUE, "port " + port.getAsInt() + " is not a TCP port; expected "
                    + "1 to 65535 (587 for STARTTLS, 465 for TLS)");
        }
        Optional<String> user = s.text("username_env").flatMap(n -> envName(s, "username_env", n));
        Optional<String> password = s.text("password_env").flatMap(n -> envName(s, "password_env", n));
        if (user.isPresent() != password.isPresent()) {
            s.problem(user.isPresent() ? "username_env" : "password_env", Problem.Kind.MISSING_KEY, "a login needs "
                    + "both 'username_env:' and 'password_env:'; found only one");
        }
        int seconds = s.wholeNumber("deadline-seconds", 1).orElse((int) DeliverySettings.Smtp.DEFAULT_DEADLINE.toSeconds());
        s.finish();
        return new DeliverySettings.Smtp(host, port.orElse(tls.defaultPort()), tls, user, password,
                java.time.Duration.ofSeconds(seconds));
    }

    private static Optional<DeliverySettings.ReportDelivery> report(Path file, YamlNode.Entry entry,
            Problems problems) {
        String name = entry.key();
        String where = "the delivery of '" + name + "'";
        if (name.contains("/") || name.contains("\\") || !name.contains(".")) {
            problems.add(file, entry.keyLine(), Problem.Kind.UNKNOWN_VALUE, "'" + name + "' is not a report's file "
                    + "name; expected a name as the run publishes it, e.g. 'career-report.pdf'");
        }
        KeyReader r = KeyReader.of(file, entry.value(), where, problems);
        List<String> to = new ArrayList<>();
        Optional<List<YamlNode.Scalar>> list = r.list("to");
        if (list.isEmpty() || list.get().isEmpty()) {
            problems.add(file, r.has("to") ? r.lineOf("to") : entry.keyLine(), Problem.Kind.MISSING_KEY,
                    "missing 'to:' in " + where + "; expected one address or a list, e.g. 'to: [hr@example.org]'");
        } else {
            list.get().forEach(a -> to.add(address(r, "to", a.text(), a.line())));
        }
        Optional<String> link = r.text("link").map(t -> placeholders(r, "link", oneLine(r, "link", t,
                r.valueLine("link"))));
        link.ifPresent(l -> {
            if (!l.startsWith("https://") && !l.startsWith("http://")) {
                r.problem("link", Problem.Kind.UNKNOWN_VALUE, "link '" + l + "' in " + where + " is not a web address;"
                        + " expected one starting with https://, e.g. https://intranet.example.org/careerbench/"
                        + "{period}/{file}");
            }
        });
        boolean attach = r.bool("attach").orElse(link.isEmpty());
        if (!attach && link.isEmpty()) {
            r.problem("attach", Problem.Kind.MISSING_KEY, where + " neither attaches the file nor links it; write "
                    + "'attach: true' or a 'link:'");
        }
        Optional<String> subject = r.text("subject").map(t -> placeholders(r, "subject", oneLine(r, "subject", t,
                r.valueLine("subject"))));
        Optional<String> body = r.text("body").map(t -> placeholders(r, "body", t));
        r.finish();
        return Optional.of(new DeliverySettings.ReportDelivery(name, to, attach, link, subject, body, entry.keyLine()));
    }

    /**
     * {@code text} when it holds no line break; otherwise a problem at {@code line}. A line break in
     * a header, an address or a log line would start a header or a log entry of its own.
     */
    private static String oneLine(KeyReader r, String key, String text, int line) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            r.problems().add(r.file(), line, Problem.Kind.UNKNOWN_VALUE, "'" + key + "' of " + r.where() + " holds a "
                    + "line break; expected one line (a list item each for several addresses)");
        }
        return text;
    }

    /** {@code text} when it is one valid address on one line; otherwise a problem at {@code line}. */
    private static String address(KeyReader r, String key, String text, int line) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            // Said once, as a line break, not again as an address that is not one.
            return oneLine(r, key, text, line);
        }
        try {
            new InternetAddress(text, true).validate();
        } catch (AddressException e) {
            r.problems().add(r.file(), line, Problem.Kind.UNKNOWN_VALUE, "'" + text + "' in '" + key + "' of "
                    + r.where() + " is not an e-mail address; expected one such as hr@example.org or "
                    + "'HR Team <hr@example.org>'");
        }
        return text;
    }

    /**
     * The variable's name, or a problem that does not repeat the value: what is pasted where a
     * name belongs is often the secret itself.
     */
    private static Optional<String> envName(KeyReader r, String key, String name) {
        if (!ENV_NAME.matcher(name).matches()) {
            r.problem(key, Problem.Kind.UNKNOWN_VALUE, "the value of '" + key + "' is not the name of an environment "
                    + "variable (not repeated here, in case it is a secret); expected capital letters, digits and "
                    + "underscores, e.g. CAREERBENCH_SMTP_PASSWORD");
            return Optional.of("");
        }
        return Optional.of(name);
    }

    /** {@code text} when every {@code {name}} in it is a known placeholder; otherwise a problem each. */
    private static String placeholders(KeyReader r, String key, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!DeliverySettings.PLACEHOLDERS.contains(name) || key.equals("link") && !List.of("period", "file")
                    .contains(name)) {
                List<String> accepted = key.equals("link") ? List.of("period", "file") : DeliverySettings.PLACEHOLDERS;
                r.problem(key, Problem.Kind.UNKNOWN_VALUE, "unknown placeholder '{" + name + "}' in '" + key + "' of "
                        + r.where() + Suggestions.didYouMean(name, accepted) + "; expected one of " + accepted);
            }
        }
        return text;
    }
}
