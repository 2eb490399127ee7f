package io.papergraph.graph;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time: imports, single-paper writes, removals and the startup load resolve names against
 * what is in the graph, so two running side by side could each create a variant of the same entity.
 */
@ApplicationScoped
public class GraphWriteLock {

    /** How long a write waits for the one before it (a large import, the startup load) before giving up. */
    static final long WAIT_SECONDS = 120;

    private final ReentrantLock lock = new ReentrantLock(true);

    public <T> T exclusively(Supplier<T> work) {
        try {
            if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new GraphBusy(WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphBusy(0);
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Another write held the graph for longer than a caller should wait. */
    public static final class GraphBusy extends RuntimeException {
        public GraphBusy(long waitedSeconds) {
            super("another write (an import or the startup load) has held the graph for " + waitedSeconds
                    + " s; try again when it has finished");
        }
    }
}
