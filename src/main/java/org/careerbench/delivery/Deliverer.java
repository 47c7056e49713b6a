package org.careerbench.delivery;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a published period's reports to their recipients, one letter per recipient and report,
 * and notices of failed runs to the operations address.
 *
 * <p>Contract: a letter whose file (at its current SHA-256) the period's {@link DeliveryLog}
 * already shows as sent to that recipient is never sent again; every letter sent or refused is
 * logged before the next is tried, so a delivery stopped half-way resumes where it stopped. A
 * refused letter does not stop the others.
 */
public final class Deliverer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private final DeliverySettings settings;
    private final Postbox postbox;
    private final Clock clock;

    public Deliverer(DeliverySettings settings, Postbox postbox, Clock clock) {
        this.settings = settings;
        this.postbox = postbox;
        this.clock = clock;
    }

    /**
     * Delivers the reports of {@code period}, published in {@code periodFolder}, that the log does
     * not yet show as sent.
     *
     * @throws IOException when the delivery log cannot be read or written
     */
    public DeliveryReport deliver(String period, Path periodFolder, List<Deliverable> published) throws IOException {
        return deliver(period, periodFolder, published, false);
    }

    /**
     * As {@link #deliver(String, Path, List)}; a letter the log shows as unconfirmed (its run stopped
     * while the server had it: it may have arrived) is sent again only when {@code resendUnconfirmed},
     * and otherwise reported as not delivered, with the way to send it.
     *
     * @throws IOException when the delivery log cannot be read or written
     */
    public DeliveryReport deliver(String period, Path periodFolder, List<Deliverable> published,
            boolean resendUnconfirmed) throws IOException {
        DeliveryLog log = new DeliveryLog(periodFolder);
        Set<String> before = log.sent();
        java.util.Map<String, java.time.Instant> unconfirmed = log.unconfirmed();
        long end = System.nanoTime() + settings.smtp().deadline().toNanos();
        String silent = null;
        List<String> sent = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int already = 0;
        for (DeliverySettings.ReportDelivery r : settings.reports()) {
            List<Deliverable> covered = published.stream().filter(p -> r.covers(p.name())).toList();
            if (covered.isEmpty()) {
                notes.add(r.file() + " was not published for " + period + "; nothing sent for it");
                continue;
            }
            for (Deliverable d : covered) {
                for (String to : r.to()) {
                    if (before.contains(DeliveryLog.key(d.name(), d.sha256(), to))) {
                        already++;
                        continue;
                    }
                    java.time.Instant stopped = unconfirmed.get(DeliveryLog.key(d.name(), d.sha256(), to));
                    if (stopped != null && !resendUnconfirmed) {
                        failures.add(d.name() + " to " + to + ": unconfirmed: a run stopped at " + stopped + " while the "
                                + "mail server had this letter, so it may have arrived; not sent again. If it did not "
                                + "arrive: careerbench deliver --period " + period + " --resend-unconfirmed");
                        continue;
                    }
                    Letter letter = letter(period, r, d, to);
                    try {
                        if (silent != null) {
                            // One silent server is enough to know: the next letter would only wait as long again.
                            throw new DeliveryException("not sent: the mail server did not answer an earlier letter "
                                    + "of this delivery (" + silent + "); 'careerbench deliver' sends it", null);
                        }
                        log.record(new DeliveryLog.Entry(clock.instant(), DeliveryLog.Status.SENDING, d.name(),
                                d.sha256(), to, ""));
                        post(letter, end);
                        log.record(new DeliveryLog.Entry(clock.instant(), true, d.name(), d.sha256(), to, ""));
                        before.add(DeliveryLog.key(d.name(), d.sha256(), to));
                        sent.add(d.name() + " to " + to);
                    } catch (DeliveryException e) {
                        if (silent == null && e.serverSilent()) {
                            silent = e.getMessage();
                        }
                        log.record(new DeliveryLog.Entry(clock.instant(), false, d.name(), d.sha256(), to,
                                e.getMessage()));
                        failures.add(d.name() + " to " + to + ": " + e.getMessage());
                    }
                }
            }
        }
        return new DeliveryReport(sent, already, failures, notes);
    }

    /**
     * Posts one letter on a thread of its own and waits for it no later than {@code end} (a
     * {@link System#nanoTime} value): past the delivery's deadline the post is aborted (its
     * connection closed) and the letter reported as not sent, so a server that answers a byte at a
     * time holds a delivery for its deadline at most, never for as long as it likes.
     */
    private void post(Letter letter, long end) throws DeliveryException {
        long left = end - System.nanoTime();
        String deadline = "the delivery's deadline of " + settings.smtp().deadline().toSeconds() + " seconds";
        if (left <= 0) {
            throw new DeliveryException("not sent: " + deadline + " passed before it; 'careerbench deliver' sends it",
                    null);
        }
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "careerbench-letter");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<?> posted = worker.submit(() -> {
                postbox.post(letter);
                return null;
            });
            try {
                posted.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                abort();
                posted.cancel(true);
                throw new DeliveryException("the mail server " + settings.smtp().host() + " had not taken it when "
                        + deadline + " passed; 'careerbench deliver' tries again", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof DeliveryException d) {
                    throw d;
                }
                throw new DeliveryException("the letter could not be posted: " + e.getCause().getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort();
                throw new DeliveryException("interrupted while posting", e);
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** Aborts the post on a thread of its own: closing a connection still being opened waits for it. */
    private void abort() {
        Thread t = new Thread(postbox::abort, "careerbench-abort-letter");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Tells the operations address that the run of {@code period} failed, with the run's own
     * words; does nothing when no operations address is set.
     *
     * @return whether a notice was sent
     * @throws DeliveryException when the server did not take it
     */
    public boolean noticeOfFailure(String period, String commandLine, String failure) throws DeliveryException {
        if (settings.operations().isEmpty()) {
            return false;
        }
        String body = "The CareerBench run for " + period + " failed at " + clock.instant() + ".\n\n"
                + "Command: " + commandLine + "\n\n" + failure.strip() + "\n\n"
                + "Nothing was published for " + period + "; the last good run of the period, if any, is unchanged.\n";
        post(new Letter(settings.from(), settings.operations().get(), oneLine("CareerBench run for " + period
                + " failed"), body, Optional.empty()), System.nanoTime() + settings.smtp().deadline().toNanos());
        return true;
    }

    /** The letter to one recipient, placeholders filled. */
    Letter letter(String period, DeliverySettings.ReportDelivery r, Deliverable d, String to) {
        String link = r.link().map(l -> fill(l, Map.of("period", encode(period), "file", encode(d.name()))))
                .orElse("");
        String where = r.attach() && !link.isEmpty() ? "The report is attached, and at " + link + "."
                : r.attach() ? "The report is attached (" + d.name() + ")." : "The report is at " + link + ".";
        String headline = d.keyFigures().isEmpty() ? d.title()
                : d.keyFigures().get(0).label() + ": " + d.keyFigures().get(0).shown();
        StringBuilder figures = new StringBuilder();
        for (Deliverable.KeyFigureText k : d.keyFigures()) {
            figures.append(figures.isEmpty() ? "" : "\n").append("- ").append(k.label()).append(": ").append(k.shown());
        }
        Map<String, String> values = Map.of("title", d.title(), "period", period, "file", d.name(), "link", link,
                "where", where, "headline", headline, "key figures", figures.toString());
        String subject = oneLine(fill(r.subject().orElse(settings.subject()), values));
        String body = fill(r.body().orElse(settings.body()), values);
        return new Letter(settings.from(), to, subject, body, r.attach() ? Optional.of(d.file()) : Optional.empty());
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A subject is one line: no value from the data can start a header of its own. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
