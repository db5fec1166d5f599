package dev.threadpools.anatomy.exercises;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Reference solution of exercise 01 (the task is described in the stub). */
public final class Exercise01_GrowToMaxBeforeQueueing {

    private Exercise01_GrowToMaxBeforeQueueing() {
    }

    public static ThreadPoolExecutor newPool(int maxThreads, Duration keepAlive, ThreadFactory threadFactory) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, was " + maxThreads);
        }
        Objects.requireNonNull(keepAlive, "keepAlive");
        Objects.requireNonNull(threadFactory, "threadFactory");
        if (keepAlive.isNegative() || keepAlive.isZero()) {
            throw new IllegalArgumentException("keepAlive must be positive, was " + keepAlive);
        }
        // core == max: below core every task starts a thread, so the pool grows to max before anything
        // is queued. allowCoreThreadTimeOut lets those "core" threads end when idle, which a pool with
        // core < max and an unbounded queue could never do, because it would never grow past core.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, keepAlive.toNanos(),
                TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(), threadFactory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
