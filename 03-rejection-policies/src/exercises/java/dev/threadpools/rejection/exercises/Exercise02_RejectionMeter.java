package dev.threadpools.rejection.exercises;

import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Exercise 02: a rejection policy that is also a metric, and tells the two kinds of rejection apart.
 *
 * <p>A pool calls its handler for two different reasons. While it runs, a rejection means overload
 * (queue full, pool at maximum): alert on its rate. After {@code shutdown()}, a rejection means some
 * code submits to a pool that is closing: that is a lifecycle bug, not load. One counter for both
 * hides which one you have.
 *
 * <p>Implement this class so that
 * <ol>
 *   <li>every call of {@link #rejectedExecution} is counted exactly once, in {@link #saturated()} if
 *       the pool was still running, in {@link #afterShutdown()} if it was shut down;</li>
 *   <li>the count is exact when many producers are rejected at the same time;</li>
 *   <li>the task is then handed to {@code delegate}, which decides its fate, and a rejection is
 *       counted even when the delegate throws;</li>
 *   <li>a null {@code delegate} is refused with {@link NullPointerException}.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 03-rejection-policies -Pexercises -Dexercise=02}
 */
public final class Exercise02_RejectionMeter implements RejectedExecutionHandler {

    public Exercise02_RejectionMeter(RejectedExecutionHandler delegate) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: "
                + "two java.util.concurrent.atomic.LongAdder fields, and executor.isShutdown() to pick one.");
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: "
                + "count first, then call delegate.rejectedExecution(task, executor).");
    }

    public long saturated() {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: LongAdder.sum().");
    }

    public long afterShutdown() {
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: LongAdder.sum().");
    }
}
