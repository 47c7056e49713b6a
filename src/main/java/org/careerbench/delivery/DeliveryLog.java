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
 * {@code delivery.log} in a published period's folder: one line per letter, appended as it is
 * sent or refused — time, {@code sent} or {@code failed}, file, the file's SHA-256, recipient,
 * and the server's reason for a failure — tab-separated. A file counts as delivered to a
 * recipient when a {@code sent} line names both and the file's current SHA-256, so a retry
 * never sends twice and a republished period (new files) is sent again.
 */
public final class DeliveryLog {
    /** The log's name in a period folder. */
    public static final String FILE = "delivery.log";

    private final Path file;

    /** The log of the period published in {@code periodFolder}. */
    public DeliveryLog(Path periodFolder) {
        this.file = periodFolder.resolve(FILE);
    }

    /** A line of the log. */
    public record Entry(Instant time, boolean sent, String file, String sha256, String recipient, String reason) {
    }

    /** Every line so far, oldest first; empty when nothing was delivered yet. */
    public List<Entry> entries() throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).filter(f -> f.length >= 5)
                .map(f -> new Entry(Instant.parse(f[0]), f[1].equals("sent"), f[2], f[3], f[4],
                        f.length > 5 ? f[5] : ""))
                .toList();
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
        String line = String.join("\t", e.time().toString(), e.sent() ? "sent" : "failed", e.file(), e.sha256(),
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
