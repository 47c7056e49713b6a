package org.careerbench.data;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Items made on a second thread and taken, in order and in batches, on the caller's: the CSV
 * parser and the worksheet scanner each fill one while the caller validates what came before, so
 * on two cores reading costs little more than parsing alone. A failure of the producer is
 * rethrown on the caller's thread, as {@code failure} turns it into an unchecked exception.
 */
final class Handoff<T> implements AutoCloseable {
    private static final Object END = new Object();

    /** The work of the second thread: {@link Sink#add} each item in order. */
    interface Producer<T> {
        void run(Sink<T> sink) throws Exception;
    }

    /** Where the producer puts its items; they leave in batches. */
    static final class Sink<T> {
        private final BlockingQueue<Object> queue;
        private final int size;
        private List<T> batch;

        private Sink(BlockingQueue<Object> queue, int size) {
            this.queue = queue;
            this.size = size;
            this.batch = new ArrayList<>(size);
        }

        void add(T item) throws InterruptedException {
            batch.add(item);
            if (batch.size() == size) {
                flush();
            }
        }

        private void flush() throws InterruptedException {
            if (!batch.isEmpty()) {
                queue.put(batch);
                batch = new ArrayList<>(size);
            }
        }
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private Iterator<T> batch = List.<T>of().iterator();
    private boolean ended;

    /**
     * Starts {@code producer} on a daemon thread named {@code name}.
     *
     * @param batchSize items handed over at once
     * @param failure   how a checked exception of the producer reaches the caller
     */
    Handoff(String name, int batchSize, Producer<T> producer, Function<Exception, RuntimeException> failure) {
        thread = new Thread(() -> produce(producer, batchSize, failure), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(Producer<T> producer, int batchSize, Function<Exception, RuntimeException> failure) {
        Sink<T> sink = new Sink<>(queue, batchSize);
        try {
            producer.run(sink);
            sink.flush();
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            try {
                queue.put(e instanceof RuntimeException r ? r : failure.apply(e));
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next item, or null after the last.
     *
     * @throws RuntimeException as the producer failed
     */
    @SuppressWarnings("unchecked")
    T next() {
        while (!batch.hasNext()) {
            if (ended) {
                return null;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            batch = ((List<T>) item).iterator();
        }
        return batch.next();
    }

    /** Stops the producer, if it is still at work. */
    @Override
    public void close() {
        thread.interrupt();
    }
}
