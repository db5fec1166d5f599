package dev.threadpools.ctl;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The extension example at the end of {@link ScratchThreadPoolExecutor}'s class comment, which shows
 * the region below as it is; {@code TimingPoolTest} runs it. It lives among the tests because only
 * the tests (and that comment) use it.
 */
// @start region="example"
class TimingPool extends ScratchThreadPoolExecutor {

    /** What the pool did in its life, handed over once, from {@code terminated()}. */
    record Report(long tasks, long failed, Duration longest) {
    }

    // beforeExecute and afterExecute of one task run in the same worker thread, one task at a time.
    private final ThreadLocal<Long> startNanos = new ThreadLocal<>();
    private final LongAdder tasks = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAccumulator longestNanos = new LongAccumulator(Math::max, 0);
    private final Consumer<Report> onTerminated;

    /** A fixed pool of {@code workers} threads with an unbounded queue. */
    TimingPool(int workers, ThreadFactory threadFactory, Consumer<Report> onTerminated) {
        super(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threadFactory,
                new AbortPolicy());
        this.onTerminated = Objects.requireNonNull(onTerminated, "onTerminated");
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        super.beforeExecute(thread, task);
        startNanos.set(System.nanoTime());
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        try {
            longestNanos.accumulate(System.nanoTime() - startNanos.get());
            tasks.increment();
            if (failure != null) { // a task given to submit() keeps its failure in its Future instead
                failed.increment();
            }
        } finally {
            super.afterExecute(task, failure);
        }
    }

    @Override
    protected void terminated() {
        try {
            onTerminated.accept(new Report(tasks.sum(), failed.sum(), Duration.ofNanos(longestNanos.get())));
        } finally {
            super.terminated();
        }
    }
}
// @end
