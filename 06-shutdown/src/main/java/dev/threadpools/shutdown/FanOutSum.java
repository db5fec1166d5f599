package dev.threadpools.shutdown;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs parts of a sum in parallel and adds up their results, in three ways that differ only in who
 * owns the pool. The seed's red flag "I create a pool inside a method for each operation" is the
 * first one.
 *
 * <ul>
 *   <li>{@link #leaky}: BAD. A new pool per call, never shut down. Its core threads never time out,
 *       so every call leaves its threads parked forever, and a non-daemon one also keeps the JVM
 *       from exiting. The leak is invisible in the result and only shows when live threads are
 *       counted.</li>
 *   <li>{@link #closedPerCall}: correct but wasteful. A new pool per call, closed before returning:
 *       no leak, but every call pays for creating and ending its threads.</li>
 *   <li>{@link #onSharedPool}: GOOD. One long-lived pool, owned and shut down by whoever created it
 *       (the application's lifecycle), passed in.</li>
 * </ul>
 */
public final class FanOutSum {

    private FanOutSum() {
    }

    /** BAD: creates a pool with {@code newPool} and abandons it. */
    public static long leaky(List<Callable<Long>> parts, Supplier<ExecutorService> newPool)
            throws InterruptedException, ExecutionException {
        Objects.requireNonNull(parts, "parts");
        ExecutorService pool = Objects.requireNonNull(newPool, "newPool").get();
        return sum(pool.invokeAll(parts));
        // The pool is unreachable from here on, but its threads are GC roots: they stay.
    }

    /** Creates a pool with {@code newPool} and closes it before returning. */
    public static long closedPerCall(List<Callable<Long>> parts, Supplier<ExecutorService> newPool)
            throws InterruptedException, ExecutionException {
        Objects.requireNonNull(parts, "parts");
        try (ExecutorService pool = Objects.requireNonNull(newPool, "newPool").get()) {
            return sum(pool.invokeAll(parts));
        }
    }

    /** GOOD: runs on a pool that someone else owns and will shut down. */
    public static long onSharedPool(List<Callable<Long>> parts, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        return sum(Objects.requireNonNull(pool, "pool").invokeAll(Objects.requireNonNull(parts, "parts")));
    }

    private static long sum(List<Future<Long>> results) throws InterruptedException, ExecutionException {
        long sum = 0;
        for (Future<Long> result : results) {
            sum += result.get();
        }
        return sum;
    }
}
