package dev.threadpools.ctl;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of the pool that adds and removes workers in the shared ctl word, the way the JDK does:
 * read the word, decide on the read value, and publish with a compare-and-set that fails if anyone
 * changed the word in between. A failed CAS is not an error; it means "look again".
 *
 * <p>Invariant: every successful {@link #tryIncrement()} adds exactly one to the count, however many
 * threads race, and the run state bits are never changed by it.
 */
public class WorkerCount {

    protected final AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.RUNNING, 0));

    /**
     * Adds one worker unless the pool has been shut down or is full.
     *
     * @return whether a worker was counted; the caller starts a thread only if so
     */
    public boolean tryIncrement() {
        for (;;) {
            int c = ctl.get();
            if (Ctl.runStateAtLeast(c, Ctl.SHUTDOWN) || Ctl.workerCountOf(c) == Ctl.COUNT_MASK) {
                return false;
            }
            // The CAS compares the whole word: it also fails if the run state changed since c was
            // read, so a worker can never be counted into a pool that has just been shut down.
            if (ctl.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    /** The current ctl word. */
    public int get() {
        return ctl.get();
    }
}
