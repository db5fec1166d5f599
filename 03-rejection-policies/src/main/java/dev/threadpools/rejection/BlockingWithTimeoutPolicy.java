package dev.threadpools.rejection;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Makes the producer wait for room in the queue, up to a timeout, instead of refusing at once.
 *
 * <p>This is back-pressure in its plainest form: a producer faster than the pool is slowed to the
 * pool's pace, and no task is lost or run on the wrong thread. The timeout keeps it honest: a pool
 * that is stuck (a dead downstream, a deadlock) turns into a {@link RejectedExecutionException} after
 * {@code timeout} instead of a producer that hangs forever.
 *
 * <h2>Rules it keeps</h2>
 * <ul>
 *   <li>After {@code shutdown()} every task is rejected with an exception, never dropped in silence:
 *       before waiting, and again if the pool is shut down while the producer waited (see
 *       {@link QueueHandOff}).</li>
 *   <li>An interrupted producer stops waiting, keeps its interrupt status and gets the rejection.</li>
 * </ul>
 *
 * <h2>Failure modes</h2>
 * <ul>
 *   <li>It blocks the calling thread: never use it where that thread must stay responsive (an event
 *       loop, a request thread with a deadline shorter than {@code timeout}).</li>
 *   <li>Waiting producers are not served in order: {@code ArrayBlockingQueue} is unfair by default.</li>
 *   <li>It only waits for queue room, never starts threads beyond the core size: once it runs, the
 *       pool has already reached its maximum (that is when {@code execute()} rejects).</li>
 * </ul>
 */
public final class BlockingWithTimeoutPolicy implements RejectedExecutionHandler {

    private final long timeoutNanos;

    /**
     * @throws IllegalArgumentException if {@code timeout <= 0}
     * @throws NullPointerException     if {@code unit} is null
     */
    public BlockingWithTimeoutPolicy(long timeout, TimeUnit unit) {
        Objects.requireNonNull(unit, "unit");
        if (timeout <= 0) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeoutNanos = unit.toNanos(timeout);
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        try {
            if (!QueueHandOff.offer(task, executor, timeoutNanos, TimeUnit.NANOSECONDS)) {
                throw QueueHandOff.rejected(task, executor,
                        "the queue stayed full for " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
            }
        } catch (InterruptedException e) {
            throw QueueHandOff.interrupted(task, executor, "waiting for room", e);
        }
    }
}
