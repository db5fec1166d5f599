package dev.threadpools.ctl;

/**
 * The whole ctl state machine: the worker count of {@link WorkerCount} plus the run state moves.
 *
 * <p>The run state only ever moves forward, and some moves have a condition:
 * <table>
 *   <caption>Allowed transitions (every other one is forbidden)</caption>
 *   <tr><th>from</th><th>to</th><th>trigger</th><th>method</th></tr>
 *   <tr><td>RUNNING</td><td>SHUTDOWN</td><td>{@code shutdown()}</td><td>{@link #advanceRunState}</td></tr>
 *   <tr><td>RUNNING or SHUTDOWN</td><td>STOP</td><td>{@code shutdownNow()}</td><td>{@link #advanceRunState}</td></tr>
 *   <tr><td>SHUTDOWN</td><td>TIDYING</td><td>no workers left and the queue is empty</td><td>{@link #tryEnterTidying}</td></tr>
 *   <tr><td>STOP</td><td>TIDYING</td><td>no workers left</td><td>{@link #tryEnterTidying}</td></tr>
 *   <tr><td>TIDYING</td><td>TERMINATED</td><td>{@code terminated()} has returned</td><td>{@link #markTerminated}</td></tr>
 * </table>
 * {@link Transition} lists the same table as data, and {@code ControlWordTest} checks every pair of
 * states against it.
 */
public class ControlWord extends WorkerCount {

    /** The allowed run state transitions and what causes each; every other pair is forbidden. */
    public enum Transition {
        SHUTDOWN_CALLED(Ctl.RUNNING, Ctl.SHUTDOWN, "shutdown()"),
        SHUTDOWN_NOW_WHILE_RUNNING(Ctl.RUNNING, Ctl.STOP, "shutdownNow()"),
        SHUTDOWN_NOW_AFTER_SHUTDOWN(Ctl.SHUTDOWN, Ctl.STOP, "shutdownNow()"),
        DRAINED(Ctl.SHUTDOWN, Ctl.TIDYING, "queue empty and no workers left"),
        STOPPED(Ctl.STOP, Ctl.TIDYING, "no workers left"),
        TERMINATED_HOOK_RETURNED(Ctl.TIDYING, Ctl.TERMINATED, "terminated() returned");

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
     *         {@code Ctl.runStateOf(result) < target}
     * @throws IllegalArgumentException if {@code target} is not SHUTDOWN or STOP: the later states
     *         have conditions, see {@link #tryEnterTidying} and {@link #markTerminated}
     */
    public int advanceRunState(int target) {
        if (target != Ctl.SHUTDOWN && target != Ctl.STOP) {
            throw new IllegalArgumentException("shutdown methods advance only to SHUTDOWN or STOP, not "
                    + Ctl.toBinary(target));
        }
        for (;;) {
            int c = ctl.get();
            if (Ctl.runStateAtLeast(c, target)) {
                return c;
            }
            if (ctl.compareAndSet(c, Ctl.ctlOf(target, Ctl.workerCountOf(c)))) {
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
        int c = ctl.get();
        if (Ctl.runStateOf(c) != Ctl.SHUTDOWN && Ctl.runStateOf(c) != Ctl.STOP || Ctl.workerCountOf(c) != 0) {
            return false;
        }
        return ctl.compareAndSet(c, Ctl.ctlOf(Ctl.TIDYING, 0));
    }

    /**
     * The last move, made by the one thread that won TIDYING once {@code terminated()} returned.
     * No CAS is needed: in TIDYING nobody else writes the word.
     *
     * @throws IllegalStateException if the pool is not in TIDYING
     */
    public void markTerminated() {
        int c = ctl.get();
        if (Ctl.runStateOf(c) != Ctl.TIDYING) {
            throw new IllegalStateException("TERMINATED only follows TIDYING, not " + Ctl.nameOf(Ctl.runStateOf(c)));
        }
        ctl.set(Ctl.ctlOf(Ctl.TERMINATED, 0));
    }
}
