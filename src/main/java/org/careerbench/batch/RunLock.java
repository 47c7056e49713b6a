package org.careerbench.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time per output folder: an operating-system lock on {@code output/.careerbench.lock}.
 *
 * <p>The lock dies with its process, so a lock file left by a killed run is stale by
 * construction: the next run takes it over and says so. The file records who holds it (process
 * id, start time, command), which a refused run prints.
 */
public final class RunLock implements AutoCloseable {
    static final String FILE = ".careerbench.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final String takenOver;

    private RunLock(FileChannel channel, FileLock lock, String takenOver) {
        this.channel = channel;
        this.lock = lock;
        this.takenOver = takenOver;
    }

    /** Thrown when another process holds the lock. */
    public static final class Locked extends Exception {
        private static final long serialVersionUID = 1L;

        Locked(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock of {@code outputRoot}, creating the folder if needed.
     *
     * @param holder what to record, e.g. the command line
     * @param since  when the run took it, to record
     * @throws Locked when another run holds it
     */
    public static RunLock acquire(Path outputRoot, String holder, Instant since) throws IOException, Locked {
        Files.createDirectories(outputRoot);
        Path file = outputRoot.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        String previous = read(channel);
        if (lock == null) {
            channel.close();
            throw new Locked("another CareerBench run holds " + file + (previous.isBlank() ? ""
                    : " (" + previous.strip() + ")") + "; this run stops without writing anything");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + since + ", "
                + holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new RunLock(channel, lock, previous.isBlank() ? "" : previous.strip());
    }

    /** What a stale lock file said, when this run took it over; empty when it found none. */
    public String takenOver() {
        return takenOver;
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
