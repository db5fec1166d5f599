package dev.threadpools.ctl;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of the pool that adds and removes workers in the shared ctl word, the way the JDK does:
 * read the word, decide on the read value, and publish with a compare-and-set that fails if anyone
 * changed the word in between. A failed CAS is not an error; it means "look again".
 *
 * <p>Invariant: every successful {@link #tryIncrement} adds exactly one to the count, however many
 * threads race, and the run state bits are never changed by it. Because the CAS compares the whole
 * word, a worker can only be counted into the very state the caller checked: never into a pool that
 * was shut down between the check and the write.
 */
public class WorkerCount {

    protected final AtomicInteger ctl = new AtomicInteger(Ctl.ctlOf(Ctl.RUNNING, 0));

    /**
     * Adds one worker unless the pool has been shut down or is full. This is the rule for a worker
     * that comes with a new task of its own.
     *
     * @return whether a worker was counted; the caller starts a thread only if so
     */
    public boolean tryIncrement() {
        return tryIncrement(Ctl.COUNT_MASK, false);
    }

    /**
     * Adds one worker if the run state and the limit allow it.
     *
     * <p>A RUNNING pool takes any worker. A SHUTDOWN pool refuses new tasks but must still finish
     * its queue, so it takes a worker without a task of its own when there are queued tasks for it
     * ({@code toDrainQueue}); that is how a pool whose last worker died keeps draining. STOP and
     * later take no worker at all.
     *
     * @param limit        the most workers allowed (core or maximum size), at most {@link Ctl#COUNT_MASK}
     * @param toDrainQueue the new worker has no task of its own and the queue is not empty
     * @return whether a worker was counted; the caller starts a thread only if so
     */
    public boolean tryIncrement(int limit, boolean toDrainQueue) {
        if (limit < 0 || limit > Ctl.COUNT_MASK) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        for (;;) {
            int c = ctl.get();
            if (!acceptsWorker(c, toDrainQueue) || Ctl.workerCountOf(c) >= limit) {
                return false;
            }
            // Fails if anything in the word changed since c was read: the count (another worker was
            // added or left) or the run state (shutdown). Either way the decision above is stale.
            if (ctl.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    /** Whether a pool in state {@code c} may count one more worker of the given kind. */
    private static boolean acceptsWorker(int c, boolean toDrainQueue) {
        return Ctl.runStateOf(c) == Ctl.RUNNING || (Ctl.runStateOf(c) == Ctl.SHUTDOWN && toDrainQueue);
    }

    /**
     * Removes one worker: called by a worker that is about to exit, or to undo an increment whose
     * thread could not be started. It cannot be refused by a state change, so the loop only retries
     * when another thread changed the word first.
     *
     * @throws IllegalStateException if the count is already zero: a decrement without an increment
     *         would borrow from the run state bits and corrupt the state
     */
    public void decrement() {
        for (;;) {
            int c = ctl.get();
            if (Ctl.workerCountOf(c) == 0) {
                throw new IllegalStateException("worker count is already 0 in " + Ctl.toBinary(c));
            }
            if (ctl.compareAndSet(c, c - 1)) {
                return;
            }
        }
    }

    /**
     * Removes one worker only if the word is still {@code expected}. An idle worker that timed out
     * uses this: its decision to leave ("there are more workers than needed") was made on
     * {@code expected}, and if two idle workers decide at once, only one may act on it.
     *
     * @return whether the count was decremented; if not, the caller looks at the word again
     */
    public boolean compareAndDecrement(int expected) {
        if (Ctl.workerCountOf(expected) == 0) {
            throw new IllegalArgumentException("no worker to remove in " + Ctl.toBinary(expected));
        }
        return ctl.compareAndSet(expected, expected - 1);
    }

    /** The current ctl word. */
    public int get() {
        return ctl.get();
    }
}
