package dev.threadpools.rejection;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Tries to queue the task again a few times, sleeping on the producer between tries, the pause
 * doubling each time; gives up with a {@link RejectedExecutionException}.
 *
 * <p>Compared with {@link BlockingWithTimeoutPolicy} it polls instead of waiting to be signalled: the
 * producer may sleep on while room has already appeared, and it wakes up to find the queue full
 * again. What it buys is a bounded, known number of attempts, and pauses a caller can reason about
 * (a remote client's retry budget, say).
 *
 * <p>It retries the queue hand-off, not {@code execute()}: calling {@code execute()} from inside the
 * handler would re-enter the handler on the next rejection, nesting one stack frame per retry. The
 * shutdown and no-worker checks are those of {@link QueueHandOff}.
 *
 * <h2>Failure modes</h2>
 * <ul>
 *   <li>Many producers rejected together retry together (a retry storm); real code adds jitter.</li>
 *   <li>The worst-case delay of one {@code execute()} is the sum of all pauses, paid by the producer.</li>
 *   <li>After {@code shutdown()} it rejects at once, without sleeping.</li>
 * </ul>
 */
public final class RetryWithBackoffPolicy implements RejectedExecutionHandler {

    private final int retries;
    private final long firstPauseNanos;

    /**
     * @param retries    how many more times to try after the rejection, at least 1
     * @param firstPause the pause before the first retry; each next pause is twice the previous one
     * @throws IllegalArgumentException if {@code retries < 1} or {@code firstPause} is not positive
     * @throws NullPointerException     if {@code firstPause} is null
     */
    public RetryWithBackoffPolicy(int retries, Duration firstPause) {
        Objects.requireNonNull(firstPause, "firstPause");
        if (retries < 1) {
            throw new IllegalArgumentException("retries must be at least 1, was " + retries);
        }
        if (firstPause.isNegative() || firstPause.isZero()) {
            throw new IllegalArgumentException("firstPause must be positive, was " + firstPause);
        }
        this.retries = retries;
        this.firstPauseNanos = firstPause.toNanos();
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        long pauseNanos = firstPauseNanos;
        try {
            for (int attempt = 1; attempt <= retries; attempt++) {
                QueueHandOff.rejectIfShutdown(task, executor);
                TimeUnit.NANOSECONDS.sleep(pauseNanos); // the back-off itself, on the producer's thread
                if (QueueHandOff.offer(task, executor, 0, TimeUnit.NANOSECONDS)) {
                    return;
                }
                pauseNanos = pauseNanos > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : pauseNanos * 2;
            }
        } catch (InterruptedException e) {
            throw QueueHandOff.interrupted(task, executor, "backing off", e);
        }
        throw QueueHandOff.rejected(task, executor, "the queue was still full after " + retries + " retries");
    }
}
