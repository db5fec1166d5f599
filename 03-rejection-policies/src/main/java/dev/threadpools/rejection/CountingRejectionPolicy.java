package dev.threadpools.rejection;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Counts every rejection, logs a few of them, and then lets another policy decide what happens to
 * the task.
 *
 * <p>A rejection is the one moment a pool tells you it is overloaded, and none of the built-in
 * policies remembers it. The count is monotonic, so it can be exported as a counter metric (for
 * example Micrometer's {@code FunctionCounter} over {@link #rejectedCount()}); its rate is the
 * overload signal to alert on.
 *
 * <h2>Why it logs only at 1, 2, 4, 8, ... rejections</h2>
 * Rejections come in floods: the pool rejects because it is overloaded, and one log line per
 * rejection would add I/O to every rejected call at exactly that moment, and bury the log. Logging
 * when the count reaches a power of two says "it started" at once and still reports growth, in at most
 * 63 lines for the life of the pool.
 *
 * <p>Counting happens before the delegate runs, so a rejection is counted whether the delegate throws
 * ({@code AbortPolicy}), runs the task ({@code CallerRunsPolicy}) or drops it.
 */
public final class CountingRejectionPolicy implements RejectedExecutionHandler {

    private final RejectedExecutionHandler delegate;
    private final Consumer<String> log;
    private final LongAdder rejected = new LongAdder();

    /**
     * @param delegate what to do with the task once it is counted
     * @param log      where the sampled log lines go (for example a {@code System.Logger} at WARNING)
     * @throws NullPointerException if either is null
     */
    public CountingRejectionPolicy(RejectedExecutionHandler delegate, Consumer<String> log) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Counts without logging. */
    public CountingRejectionPolicy(RejectedExecutionHandler delegate) {
        this(delegate, line -> { });
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        rejected.increment();
        // sum() may already include concurrent increments: a power of two can be skipped or logged
        // twice under contention. The count itself is exact; only the sampling is approximate.
        long count = rejected.sum();
        if (Long.bitCount(count) == 1) {
            log.accept("rejected task #" + count + " (" + delegate.getClass().getSimpleName()
                    + " decides what happens to it): " + executor);
        }
        delegate.rejectedExecution(task, executor);
    }

    /** How many tasks this policy has been handed so far. */
    public long rejectedCount() {
        return rejected.sum();
    }

    /** The policy that decides what happens to each counted task. */
    public RejectedExecutionHandler delegate() {
        return delegate;
    }
}
