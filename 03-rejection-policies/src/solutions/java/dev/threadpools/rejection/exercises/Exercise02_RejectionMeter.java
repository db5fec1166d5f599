package dev.threadpools.rejection.exercises;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.LongAdder;

/** Reference solution of exercise 02; the task is described in the learner's copy. */
public final class Exercise02_RejectionMeter implements RejectedExecutionHandler {

    private final RejectedExecutionHandler delegate;
    // LongAdder, not AtomicLong: under overload many producers are rejected at once, and an adder
    // spreads their increments over cells instead of making them fight over one.
    private final LongAdder saturated = new LongAdder();
    private final LongAdder afterShutdown = new LongAdder();

    public Exercise02_RejectionMeter(RejectedExecutionHandler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor executor) {
        (executor.isShutdown() ? afterShutdown : saturated).increment();
        delegate.rejectedExecution(task, executor); // counted first: the delegate may throw
    }

    public long saturated() {
        return saturated.sum();
    }

    public long afterShutdown() {
        return afterShutdown.sum();
    }
}
