package dev.threadpools.anatomy;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The constructor parameters of a live pool, read back through its getters. Used to show what the
 * {@code Executors} factory methods really build.
 *
 * @param corePoolSize    threads kept even when idle
 * @param maximumPoolSize upper bound on threads
 * @param keepAlive       how long a thread beyond core may idle before it ends
 * @param queueType       simple class name of the work queue
 * @param queueCapacity   its remaining capacity while empty ({@code Integer.MAX_VALUE}: unbounded)
 * @param handlerType     simple class name of the rejection handler
 */
public record PoolParameters(int corePoolSize, int maximumPoolSize, Duration keepAlive, String queueType,
                             int queueCapacity, String handlerType) {

    /** Reads the parameters of {@code pool}; its queue should be empty for {@code queueCapacity} to mean capacity. */
    public static PoolParameters of(ThreadPoolExecutor pool) {
        return new PoolParameters(pool.getCorePoolSize(), pool.getMaximumPoolSize(),
                Duration.ofNanos(pool.getKeepAliveTime(TimeUnit.NANOSECONDS)),
                pool.getQueue().getClass().getSimpleName(), pool.getQueue().remainingCapacity(),
                pool.getRejectedExecutionHandler().getClass().getSimpleName());
    }

    /** One row for a table, with {@code Integer.MAX_VALUE} spelt out. */
    public String row() {
        return String.format("%4d %9s %9s %-20s %9s %s", corePoolSize, bound(maximumPoolSize), keepAlive,
                queueType, bound(queueCapacity), handlerType);
    }

    private static String bound(int value) {
        return value == Integer.MAX_VALUE ? "MAX_VALUE" : Integer.toString(value);
    }
}
