package dev.threadpools.sizing.exercises;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 03: size a bounded queue with Little's law for a latency target.
 *
 * <p>A full pool of {@code threads} threads, each task holding a thread for {@code serviceTime},
 * finishes {@code threads / serviceTime} tasks per unit of time. A task that finds {@code q} tasks
 * queued ahead of it waits about {@code q * serviceTime / threads} before it starts, then needs
 * {@code serviceTime} more. Implement
 * <ol>
 *   <li>{@link #queueCapacity}: the largest {@code q} such that waiting plus service stays within
 *       {@code latencyTarget}: {@code floor(threads * (latencyTarget - serviceTime) / serviceTime)}.
 *       Throw {@link IllegalArgumentException} if {@code threads < 1}, if {@code serviceTime} is not
 *       positive, or if {@code latencyTarget < serviceTime} (no queue can meet that target);
 *       {@link NullPointerException} for null durations.</li>
 *   <li>{@link #newPool}: a {@link ThreadPoolExecutor} with exactly {@code threads} threads (core and
 *       maximum), a queue that holds at most {@link #queueCapacity} tasks (a {@link SynchronousQueue}
 *       when that is 0, since {@link ArrayBlockingQueue} needs at least 1), threads from
 *       {@code threadFactory}, and the {@link ThreadPoolExecutor.AbortPolicy}: a task that would
 *       miss the target is refused at once.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 04-sizing -Pexercises -Dexercise=03}
 */
public final class Exercise03_QueueBoundForLatency {

    private Exercise03_QueueBoundForLatency() {
    }

    public static int queueCapacity(int threads, Duration serviceTime, Duration latencyTarget) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: work in nanoseconds: "
                + "threads * (latencyTarget - serviceTime).toNanos() / serviceTime.toNanos() with integer division.");
    }

    public static ThreadPoolExecutor newPool(int threads, Duration serviceTime, Duration latencyTarget,
                                             ThreadFactory threadFactory) {
        throw new UnsupportedOperationException("Exercise 03 is not solved yet. Hint: new ThreadPoolExecutor("
                + "threads, threads, 0, MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity(...)), threadFactory, "
                + "new ThreadPoolExecutor.AbortPolicy()).");
    }
}
