package dev.threadpools.ctl.exercises;

import dev.threadpools.ctl.CtlBits;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exercise 02: move a pool's run state forward, as {@code shutdown()} (to SHUTDOWN) and
 * {@code shutdownNow()} (to STOP) do first, while other threads keep adding and removing workers in
 * the same word.
 *
 * <p>Implement {@link #advanceRunState} so that:
 * <ol>
 *   <li>if the state in {@code ctl} is already {@code target} or later, nothing changes;</li>
 *   <li>otherwise the state becomes {@code target} and the worker count is kept, including changes
 *       other threads make to it while you work: never overwrite a word you did not read;</li>
 *   <li>the state never moves backwards, even when {@code shutdown()} and {@code shutdownNow()} race;</li>
 *   <li>it returns the word as it was just before this call changed it (or the current word if it
 *       changed nothing);</li>
 *   <li>it throws {@link IllegalArgumentException} for a target other than
 *       {@link CtlBits#SHUTDOWN} or {@link CtlBits#STOP}.</li>
 * </ol>
 * Use {@link CtlBits} for packing. A lock is not the answer: the hot path of the pool never takes
 * one.
 *
 * <p>Check: {@code ./mvnw -q test -pl 05-internals-ctl -Pexercises -Dexercise=02}
 */
public final class Exercise02_AdvanceRunState {

    private Exercise02_AdvanceRunState() {
    }

    public static int advanceRunState(AtomicInteger ctl, int target) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: loop { c = ctl.get(); "
                + "if already at least target, return c; if ctl.compareAndSet(c, CtlBits.ctlOf(target, "
                + "CtlBits.workerCountOf(c))) return c; } and let a failed CAS send you round again.");
    }
}
