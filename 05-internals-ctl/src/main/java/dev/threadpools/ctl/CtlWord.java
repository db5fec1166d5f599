package dev.threadpools.ctl;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The atomic ctl word of a pool and every move made on it: workers counted in and out, and the run
 * state moved forward. {@link CtlBits} says how the word is laid out; this class owns the one
 * {@link AtomicInteger} that holds it, and nothing else writes it.
 *
 * <h2>Worker count</h2>
 * Workers are added and removed the way the JDK does it: read the word, decide on the read value,
 * and publish with a compare-and-set that fails if anyone changed the word in between. A failed CAS
 * is not an error; it means "look again".
 *
 * <p>Invariant: every successful {@link #tryIncrement} adds exactly one to the count, however many
 * threads race, and never changes the run state bits. Because the CAS compares the whole word, a
 * worker can only be counted into the very state the caller checked: never into a pool that was
 * shut down between the check and the write.
 *
 * <h2>Run state</h2>
 * The run state only ever moves forward, and some moves have a condition:
 * <table>
 *   <caption>Allowed transitions (every other one is forbidden)</caption>
 *   <tr><th>from</th><th>to</th><th>trigger</th><th>method</th></tr>
 *   <tr><td>RUNNING</td><td>SHUTDOWN</td><td>{@code shutdown()}</td><td>{@link #advanceRunState}</td></tr>
 *   <tr><td>RUNNING or SHUTDOWN</td><td>STOP</td><td>{@code shutdownNow()}</td><td>{@link #advanceRunState}</td></tr>
 *   <tr><td>SHUTDOWN</td><td>TIDYING</td><td>no workers left and the queue is empty</td><td>{@link #tryEnterTidying}</td></tr>
 *   <tr><td>STOP</td><td>TIDYING</td><td>no workers left</td><td>{@link #tryEnterTidying}</td></tr>
 *   <tr><td>TIDYING</td><td>TERMINATED</td><td>{@code terminated()} has returned</td><td>{@link #markTerminated}</td></tr>
 * </table>
 * {@link Transition} lists the same table as data, and {@code CtlWordTest} checks every pair of
 * states against it.
 */
public final class CtlWord {

    /** For {@link #tryIncrement(int, boolean)}: the new worker comes with a task of its own. */
    public static final boolean FOR_NEW_TASK = false;

    /** For {@link #tryIncrement(int, boolean)}: the new worker has no task and the queue is not empty. */
    public static final boolean TO_DRAIN_QUEUE = true;

    /** Run state in the high 3 bits, worker count in the low 29; see {@link CtlBits}. */
    private final AtomicInteger word;

    /** A RUNNING pool with no workers: how every pool starts. */
    public CtlWord() {
        this(CtlBits.ctlOf(CtlBits.RUNNING, 0));
    }

    /** Starts from any word: for tests that begin in the state they examine. */
    CtlWord(int ctl) {
        this.word = new AtomicInteger(ctl);
    }

    /**
     * Adds one worker unless the pool has been shut down or is full. This is the rule for a worker
     * that comes with a new task of its own.
     *
     * @return whether a worker was counted; the caller starts a thread only if so
     */
    public boolean tryIncrement() {
        return tryIncrement(CtlBits.COUNT_MASK, FOR_NEW_TASK);
    }

    /**
     * Adds one worker if the run state and the limit allow it.
     *
     * <p>A RUNNING pool takes any worker. A SHUTDOWN pool refuses new tasks but must still finish
     * its queue, so it takes a worker without a task of its own when there are queued tasks for it
     * ({@code toDrainQueue}); that is how a pool whose last worker died keeps draining. STOP and
     * later take no worker at all.
     *
     * @param limit        the most workers allowed (core or maximum size), at most {@link CtlBits#COUNT_MASK}
     * @param toDrainQueue {@link #TO_DRAIN_QUEUE} if the new worker has no task of its own and the
     *                     queue is not empty, else {@link #FOR_NEW_TASK}
     * @return whether a worker was counted; the caller starts a thread only if so
     */
    public boolean tryIncrement(int limit, boolean toDrainQueue) {
        if (limit < 0 || limit > CtlBits.COUNT_MASK) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        for (;;) {
            int c = word.get();
            if (!acceptsWorker(c, toDrainQueue) || CtlBits.workerCountOf(c) >= limit) {
                return false;
            }
            // Fails if anything in the word changed since c was read: the count (another worker was
            // added or left) or the run state (shutdown). Either way the decision above is stale.
            if (word.compareAndSet(c, c + 1)) {
                return true;
            }
        }
    }

    /** Whether a pool in state {@code c} may count one more worker of the given kind. */
    private static boolean acceptsWorker(int c, boolean toDrainQueue) {
        return CtlBits.runStateOf(c) == CtlBits.RUNNING || (CtlBits.runStateOf(c) == CtlBits.SHUTDOWN && toDrainQueue);
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
            int c = word.get();
            if (CtlBits.workerCountOf(c) == 0) {
                throw new IllegalStateException("worker count is already 0 in " + CtlBits.toBinary(c));
            }
            if (word.compareAndSet(c, c - 1)) {
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
        if (CtlBits.workerCountOf(expected) == 0) {
            throw new IllegalArgumentException("no worker to remove in " + CtlBits.toBinary(expected));
        }
        return word.compareAndSet(expected, expected - 1);
    }

    /** The current ctl word. */
    public int get() {
        return word.get();
    }

    /** The allowed run state transitions and what causes each; every other pair is forbidden. */
    public enum Transition {
        SHUTDOWN_CALLED(CtlBits.RUNNING, CtlBits.SHUTDOWN, "shutdown()"),
        SHUTDOWN_NOW_WHILE_RUNNING(CtlBits.RUNNING, CtlBits.STOP, "shutdownNow()"),
        SHUTDOWN_NOW_AFTER_SHUTDOWN(CtlBits.SHUTDOWN, CtlBits.STOP, "shutdownNow()"),
        DRAINED(CtlBits.SHUTDOWN, CtlBits.TIDYING, "queue empty and no workers left"),
        STOPPED(CtlBits.STOP, CtlBits.TIDYING, "no workers left"),
        TERMINATED_HOOK_RETURNED(CtlBits.TIDYING, CtlBits.TERMINATED, "terminated() returned");

        private final int from;
        private final int to;
        private final String trigger;

        Transition(int from, int to, String trigger) {
            this.from = from;
            this.to = to;
            this.trigger = trigger;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }

        public String trigger() {
            return trigger;
        }

        /** Whether the table has a row from {@code from} to {@code to} (both run states). */
        public static boolean isAllowed(int from, int to) {
            for (Transition t : values()) {
                if (t.from == from && t.to == to) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Moves the run state forward to {@code target} (SHUTDOWN or STOP) and keeps the worker count,
     * unless the pool is already there or further on. This is what {@code shutdown()} and
     * {@code shutdownNow()} do first.
     *
     * <p>Why a CAS loop and not a plain write: the count changes all the time under our feet
     * (workers come and go), and a racing {@code shutdownNow()} may already have moved the state
     * to STOP. A plain {@code set(ctlOf(target, count))} would lose a count change, or move STOP
     * back to SHUTDOWN. The CAS publishes only a word computed from the current one.
     *
     * @return the word as it was just before this call changed it, or the current word if the
     *         state was already at least {@code target}; so the caller moved the state exactly when
     *         {@code CtlBits.runStateOf(result) < target}
     * @throws IllegalArgumentException if {@code target} is not SHUTDOWN or STOP: the later states
     *         have conditions, see {@link #tryEnterTidying} and {@link #markTerminated}
     */
    public int advanceRunState(int target) {
        if (target != CtlBits.SHUTDOWN && target != CtlBits.STOP) {
            throw new IllegalArgumentException("shutdown methods advance only to SHUTDOWN or STOP, not "
                    + CtlBits.toBinary(target));
        }
        for (;;) {
            int c = word.get();
            if (CtlBits.runStateAtLeast(c, target)) {
                return c;
            }
            if (word.compareAndSet(c, CtlBits.ctlOf(target, CtlBits.workerCountOf(c)))) {
                return c;
            }
        }
    }

    /**
     * Moves a shut-down pool with no workers to TIDYING. The caller has checked that the queue is
     * empty (SHUTDOWN) or does not matter (STOP). Many threads may try at once: the last worker to
     * exit, {@code shutdown()}, a removal from the queue. The CAS from the observed word lets exactly
     * one of them win, and only the winner runs {@code terminated()}.
     *
     * @return whether this call made the move
     */
    public boolean tryEnterTidying() {
        int c = word.get();
        if (CtlBits.runStateOf(c) != CtlBits.SHUTDOWN && CtlBits.runStateOf(c) != CtlBits.STOP || CtlBits.workerCountOf(c) != 0) {
            return false;
        }
        return word.compareAndSet(c, CtlBits.ctlOf(CtlBits.TIDYING, 0));
    }

    /**
     * The last move, made by the one thread that won TIDYING once {@code terminated()} returned.
     * No CAS is needed: in TIDYING nobody else writes the word.
     *
     * @throws IllegalStateException if the pool is not in TIDYING
     */
    public void markTerminated() {
        int c = word.get();
        if (CtlBits.runStateOf(c) != CtlBits.TIDYING) {
            throw new IllegalStateException("TERMINATED only follows TIDYING, not " + CtlBits.nameOf(CtlBits.runStateOf(c)));
        }
        word.set(CtlBits.ctlOf(CtlBits.TERMINATED, 0));
    }
}
