package org.careerbench.delivery;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code delivery.log} in a published period's folder: one line per step of a letter — time,
 * {@code sending}, {@code sent} or {@code failed}, file, the file's SHA-256, recipient, and the
 * server's reason for a failure — tab-separated. {@code sending} is written, and forced to disk,
 * before the server is given the letter, so a letter whose run was killed between the server
 * taking it and its {@code sent} line is known as <em>unconfirmed</em>, never taken for unsent.
 * A file counts as delivered to a recipient when a {@code sent} line names both and the file's
 * current SHA-256, so a retry never sends twice and a republished period (new files) is sent again.
 */
public final class DeliveryLog {
    /** The log's name in a period folder. */
    public static final String FILE = "delivery.log";

    private final Path file;

    /** The log of the period published in {@code periodFolder}. */
    public DeliveryLog(Path periodFolder) {
        this.file = periodFolder.resolve(FILE);
    }

    /** What a line says of its letter. */
    public enum Status {
        /** About to be given to the server. */
        SENDING,
        /** Taken by the server. */
        SENT,
        /** Refused, or not sent. */
        FAILED;

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A line of the log. */
    public record Entry(Instant time, Status status, String file, String sha256, String recipient, String reason) {
        /** A line saying the letter was sent ({@code true}) or not. */
        public Entry(Instant time, boolean sent, String file, String sha256, String recipient, String reason) {
            this(time, sent ? Status.SENT : Status.FAILED, file, sha256, recipient, reason);
        }

        /** Whether the server took the letter. */
        public boolean sent() {
            return status == Status.SENT;
        }
    }

    /**
     * Every line so far, oldest first; empty when nothing was delivered yet.
     *
     * @throws IOException naming the log's line when a line is not one this class writes: what was
     *                     sent cannot be known then, so nothing is sent until it is mended
     */
    public List<Entry> entries() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            Instant time = null;
            Status status = null;
            try {
                time = f.length >= 5 ? Instant.parse(f[0]) : null;
                status = f.length >= 5 ? Status.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)) : null;
            } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
                time = null;
            }
            if (time == null || status == null) {
                throw new IOException(file + ":" + (i + 1) + ": found a line that is not 'time, sending|sent|failed, "
                        + "file, SHA-256, recipient' separated by tabs, with an ISO time such as 2026-11-01T06:00:04Z; "
                        + "what was delivered cannot be known, so nothing is sent until the line is mended");
            }
            entries.add(new Entry(time, status, f[2], f[3], f[4], f.length > 5 ? f[5] : ""));
        }
        return entries;
    }

    /**
     * Every letter whose last line is {@code sending}: its run stopped while the server had it, so
     * it may have arrived. Each as {@link #key}, with the time it was being sent.
     */
    public java.util.Map<String, Instant> unconfirmed() throws IOException {
        java.util.Map<String, Instant> open = new java.util.LinkedHashMap<>();
        for (Entry e : entries()) {
            String key = key(e.file(), e.sha256(), e.recipient());
            if (e.status() == Status.SENDING) {
                open.put(key, e.time());
            } else {
                open.remove(key);
            }
        }
        return open;
    }

    /** Whether {@code file} with this content was already sent to {@code recipient}. */
    public boolean sent(String fileName, String sha256, String recipient) throws IOException {
        return sent().contains(key(fileName, sha256, recipient));
    }

    /** Every letter sent so far, read once, each as {@link #key}. */
    Set<String> sent() throws IOException {
        Set<String> sent = new HashSet<>();
        entries().stream().filter(Entry::sent).forEach(e -> sent.add(key(e.file(), e.sha256(), e.recipient())));
        return sent;
    }

    /** A letter's identity: the file, its content, the recipient (without case). */
    static String key(String fileName, String sha256, String recipient) {
        return fileName + "\t" + sha256 + "\t" + recipient.toLowerCase(java.util.Locale.ROOT);
    }

    /** Appends one line and forces it to disk before returning. */
    public void record(Entry e) throws IOException {
        String line = String.join("\t", e.time().toString(), e.status().word(), e.file(), e.sha256(),
                e.recipient(), e.reason().replaceAll("[\\t\\r\\n]+", " ")) + "\n";
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                Writer w = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            w.write(line);
            w.flush();
            channel.force(true);
        }
    }
}
