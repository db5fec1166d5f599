package dev.threadpools.shutdown;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The two-phase shutdown, done so that it loses nothing and hides nothing.
 *
 * <h2>The phases</h2>
 * <ol>
 *   <li><b>Stop intake</b>: {@link ExecutorService#shutdown()}. New submissions are rejected; queued
 *       and running tasks go on.</li>
 *   <li><b>Drain</b>: wait up to {@code drainTimeout} for the pool to terminate.</li>
 *   <li><b>Cancel</b>: {@link ExecutorService#shutdownNow()}. The queue is emptied and the tasks in it
 *       are <em>kept</em> for the report; running tasks are interrupted.</li>
 *   <li><b>Wait again</b>: up to {@code cancelTimeout}. A task that ignores interrupts, or is blocked
 *       where an interrupt cannot reach, keeps its thread alive past this point; the report names
 *       those threads instead of printing a line to stderr.</li>
 * </ol>
 *
 * <h2>What the usual version gets wrong</h2>
 * The common snippet ({@code shutdown; awaitTermination; shutdownNow; awaitTermination;
 * System.err.println("Pool did not terminate")}) throws away the list that {@code shutdownNow}
 * returns, so the tasks that never ran are lost without a trace, and it reports failure as a line of
 * text nobody can act on. Here both are part of the {@link Report}.
 *
 * <h2>Interrupts</h2>
 * If the calling thread is interrupted while it waits, the caller wants to stop waiting: the pool is
 * cancelled at once ({@code shutdownNow}, tasks kept), the interrupt status is restored so the caller's
 * own code sees it, and the report says {@link Outcome#INTERRUPTED}.
 *
 * <h2>Futures</h2>
 * A task handed in with {@code submit} comes back from {@code shutdownNow} as its {@code FutureTask},
 * which is never completed: a thread blocked in its {@code get()} waits forever unless someone runs or
 * cancels it. The report returns such tasks as they are, so that the caller can run them elsewhere
 * (see {@code Demo04_ResumeAfterRestart}) or cancel them.
 */
public final class GracefulShutdown {

    /** How the shutdown ended. */
    public enum Outcome {
        /** Every queued and running task finished within the drain timeout. */
        DRAINED,
        /** The pool had to be cancelled and then terminated within the cancel timeout. */
        CANCELLED,
        /** Even after cancelling, some task kept its thread; see {@link Report#stillAlive()}. */
        STUCK,
        /** The caller was interrupted while waiting; the pool was cancelled and not waited for. */
        INTERRUPTED
    }

    /**
     * What happened.
     *
     * @param outcome    how it ended
     * @param neverRun   the tasks that were still queued when the pool was cancelled, in queue order;
     *                   empty when the pool drained
     * @param stillAlive the pool's threads that were still alive although the pool did not terminate;
     *                   empty when it terminated (its last worker may still be returning from
     *                   {@code run()} then, but it runs no task any more)
     */
    public record Report(Outcome outcome, List<Runnable> neverRun, List<Thread> stillAlive) {
        public Report {
            Objects.requireNonNull(outcome, "outcome");
            neverRun = List.copyOf(neverRun);
            stillAlive = List.copyOf(stillAlive);
        }

        /** Whether the pool is terminated, so no thread of it runs any more. */
        public boolean terminated() {
            return outcome == Outcome.DRAINED || outcome == Outcome.CANCELLED;
        }
    }

    private final Duration drainTimeout;
    private final Duration cancelTimeout;

    /**
     * @param drainTimeout  how long to let queued and running tasks finish before cancelling
     * @param cancelTimeout how long to wait for interrupted tasks to stop
     * @throws NullPointerException     if either is null
     * @throws IllegalArgumentException if either is negative
     */
    public GracefulShutdown(Duration drainTimeout, Duration cancelTimeout) {
        this.drainTimeout = requireNotNegative(drainTimeout, "drainTimeout");
        this.cancelTimeout = requireNotNegative(cancelTimeout, "cancelTimeout");
    }

    /**
     * Shuts {@code pool} down in the phases described above.
     *
     * @param pool    the pool to shut down
     * @param threads the pool's threads that are alive now, usually
     *                {@link TrackingThreadFactory#alive() factory::alive}; asked only when the pool
     *                did not terminate, to name the threads that are stuck
     * @return what ran, what never ran and what is still running
     */
    public Report shutdown(ExecutorService pool, Supplier<? extends Collection<Thread>> threads) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(threads, "threads");
        pool.shutdown();
        List<Runnable> neverRun = List.of();
        try {
            if (pool.awaitTermination(drainTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return new Report(Outcome.DRAINED, neverRun, List.of());
            }
            neverRun = pool.shutdownNow();
            if (pool.awaitTermination(cancelTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return new Report(Outcome.CANCELLED, neverRun, List.of());
            }
            return new Report(Outcome.STUCK, neverRun, List.copyOf(threads.get()));
        } catch (InterruptedException e) {
            // Whatever shutdownNow already returned is kept; a second call returns only what is left.
            List<Runnable> leftInQueue = pool.shutdownNow();
            Thread.currentThread().interrupt();
            return new Report(Outcome.INTERRUPTED, concat(neverRun, leftInQueue), List.copyOf(threads.get()));
        }
    }

    private static List<Runnable> concat(List<Runnable> first, List<Runnable> second) {
        return first.isEmpty() ? second : Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Duration requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
        return duration;
    }
}
