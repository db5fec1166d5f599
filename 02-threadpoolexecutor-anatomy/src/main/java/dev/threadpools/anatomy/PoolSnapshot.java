package dev.threadpools.anatomy;

import dev.threadpools.kit.TaskGate;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The monitoring getters of a {@link ThreadPoolExecutor}, read one after the other.
 *
 * <p>Not a consistent snapshot: each getter looks at the pool at a slightly different moment, and
 * three of them are documented as approximate ({@code getActiveCount}, {@code getTaskCount},
 * {@code getCompletedTaskCount}: see {@code DiagnosticsTest}). A pool at rest (every task held at a
 * {@link TaskGate}, or none running) gives exact values, which is what the tests rely on.
 *
 * @param poolSize          threads alive now ({@code getPoolSize})
 * @param activeCount       threads running a task ({@code getActiveCount}, approximate)
 * @param largestPoolSize   the most threads ever alive at once
 * @param queued            tasks waiting in the queue
 * @param remainingCapacity room left in the queue (close to {@code Integer.MAX_VALUE} for unbounded queues)
 * @param taskCount         tasks ever scheduled ({@code getTaskCount}, approximate)
 * @param completedCount    tasks finished ({@code getCompletedTaskCount}, approximate)
 */
public record PoolSnapshot(int poolSize, int activeCount, int largestPoolSize, int queued,
                           int remainingCapacity, long taskCount, long completedCount) {

    /** Column headings that line up with {@link #row()}. */
    public static final String HEADER = String.format("%5s %7s %8s %7s %9s %6s %10s",
            "pool", "active", "largest", "queued", "room", "tasks", "completed");

    public static PoolSnapshot of(ThreadPoolExecutor pool) {
        return new PoolSnapshot(pool.getPoolSize(), pool.getActiveCount(), pool.getLargestPoolSize(),
                pool.getQueue().size(), pool.getQueue().remainingCapacity(), pool.getTaskCount(),
                pool.getCompletedTaskCount());
    }

    /** One line of fixed-width columns, ASCII only. */
    public String row() {
        // An unbounded queue reports Integer.MAX_VALUE minus its size: print that as what it means.
        String room = remainingCapacity > Integer.MAX_VALUE / 2 ? "unbounded" : Integer.toString(remainingCapacity);
        return String.format("%5d %7d %8d %7d %9s %6d %10d",
                poolSize, activeCount, largestPoolSize, queued, room, taskCount, completedCount);
    }
}
