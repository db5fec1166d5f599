package dev.threadpools.kit;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tasks that hold their worker until the gate opens: how demos and tests of every module pin a pool
 * in a known state. While every task waits at the gate, no worker can take the next task from the
 * queue, so {@code getPoolSize()}, {@code getQueue().size()} and {@code getActiveCount()} stay
 * exactly where the submissions put them.
 *
 * <p>No sleeping: a task announces that it has started ({@link #awaitStarted}) and then waits on a
 * latch that only {@link #open()} releases. An interrupt (from {@code shutdownNow()}, say) also
 * lets a task through; the gate counts it ({@link #interrupted()}) and restores the interrupt
 * status, so the worker that ran the task still sees it, as a well-behaved task leaves it.
 */
public final class TaskGate {

    /** How long {@link #awaitStarted} waits before it decides that the tasks will never start. */
    private static final long START_TIMEOUT_SECONDS = 10;

    private final CountDownLatch gate = new CountDownLatch(1);
    private final Semaphore started = new Semaphore(0);
    private final AtomicInteger interrupted = new AtomicInteger();

    /** A task that announces its start, then waits until the gate opens. */
    public Runnable task() {
        return this::passGate;
    }

    /** Like {@link #task()}, then runs {@code andThen} once the gate is open. */
    public Runnable task(Runnable andThen) {
        Objects.requireNonNull(andThen, "andThen");
        return () -> {
            passGate();
            andThen.run();
        };
    }

    private void passGate() {
        started.release();
        try {
            gate.await();
        } catch (InterruptedException e) {
            interrupted.incrementAndGet();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until {@code count} more tasks of this gate have started (cumulative: each call consumes
     * the starts it waited for).
     *
     * @throws IllegalArgumentException if {@code count < 0}
     * @throws IllegalStateException    if they do not start within ten seconds
     */
    public void awaitStarted(int count) throws InterruptedException {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        if (!started.tryAcquire(count, START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(count + " task(s) did not start within "
                    + START_TIMEOUT_SECONDS + " s");
        }
    }

    /** Lets every waiting task, and every task that reaches the gate later, through. */
    public void open() {
        gate.countDown();
    }

    /** How many tasks an interrupt let through before the gate opened. */
    public int interrupted() {
        return interrupted.get();
    }
}
