package dev.threadpools.rejection;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Puts a rejected task straight into a pool's queue, behind {@code execute()}'s back, while keeping
 * the two promises {@code execute()} keeps after it queues a task. Used by the policies that make the
 * producer wait for room ({@link BlockingWithTimeoutPolicy}, {@link RetryWithBackoffPolicy}).
 *
 * <p>{@code ThreadPoolExecutor.execute} step 2 queues a task and then re-checks the pool, because two
 * things may have changed while it was queuing:
 * <ol>
 *   <li>the pool was shut down: a task queued after {@code shutdown()} must be taken back and rejected,
 *       otherwise it runs although the pool promised to accept nothing new (or, if the last worker
 *       already left, never runs at all);</li>
 *   <li>the last worker exited (core size 0, or core threads that time out): a queued task with no
 *       worker to take it would wait forever, so a worker must be started.</li>
 * </ol>
 * A policy that queues on its own must do the same; this class does it once for all of them.
 */
final class QueueHandOff {

    private QueueHandOff() {
    }

    /** Throws the rejection every queuing policy throws once the pool no longer accepts tasks. */
    static void rejectIfShutdown(Runnable task, ThreadPoolExecutor executor) {
        if (executor.isShutdown()) {
            throw rejected(task, executor, "the pool is shut down");
        }
    }

    /**
     * Offers {@code task} to the pool's queue, waiting up to {@code timeout} for room (not at all if
     * it is zero), then re-checks the pool as {@code execute()} does.
     *
     * @return true if the task is now queued (or was handed back to {@code execute()}), false if the
     *         queue stayed full
     * @throws RejectedExecutionException if the pool was shut down before or while the task was queued
     * @throws InterruptedException       if interrupted while waiting for room
     */
    static boolean offer(Runnable task, ThreadPoolExecutor executor, long timeout, TimeUnit unit)
            throws InterruptedException {
        rejectIfShutdown(task, executor);
        boolean queued = timeout == 0
                ? executor.getQueue().offer(task)
                : executor.getQueue().offer(task, timeout, unit);
        if (!queued) {
            return false;
        }
        if (executor.isShutdown()) {
            // remove() fails only if a worker already took the task; then it runs, as any task
            // queued before shutdown() does.
            if (executor.remove(task)) {
                throw rejected(task, executor, "the pool was shut down while the task was being queued");
            }
        } else if (executor.getPoolSize() == 0 && executor.remove(task)) {
            // No worker to take it. execute() starts one when it finds an empty pool.
            executor.execute(task);
        }
        return true;
    }

    static RejectedExecutionException rejected(Runnable task, ThreadPoolExecutor executor, String why) {
        return new RejectedExecutionException("Task " + task + " rejected from " + executor + ": " + why);
    }

    /**
     * The rejection of a producer interrupted while a policy made it wait: the interrupt is its
     * caller's to see, so the status is set again, and the exception carries the interrupt as cause.
     */
    static RejectedExecutionException interrupted(Runnable task, ThreadPoolExecutor executor, String whileDoing,
            InterruptedException interrupt) {
        Thread.currentThread().interrupt();
        RejectedExecutionException rejected = rejected(task, executor, "interrupted while " + whileDoing);
        rejected.initCause(interrupt);
        return rejected;
    }
}
