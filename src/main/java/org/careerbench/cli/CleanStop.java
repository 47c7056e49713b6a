package org.careerbench.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A one-off command stopped by SIGTERM or Ctrl-C stops cleanly: the thread doing the work is
 * interrupted where it waits (rendering, a mail server), so it removes its own unpublished run
 * folder (temporary files included) and releases the lock on its way out, and the process ends
 * once it has — or after {@code grace} at the latest. What was published stays published.
 *
 * <p>Used by {@code run}; {@code schedule} has its own stop, which lets the run in progress finish.
 */
final class CleanStop implements AutoCloseable {
    private final CountDownLatch finished = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook;

    /** Watches for a stop from now until {@link #close}, interrupting the current thread on one. */
    CleanStop(Duration grace) {
        Thread worker = Thread.currentThread();
        hook = new Thread(() -> {
            if (closed.get()) {
                return;
            }
            worker.interrupt();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "careerbench-clean-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The work is over (done, failed or cleaned up after a stop): the process may end. */
    @Override
    public void close() {
        closed.set(true);
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it returns at once now.
        }
    }
}
