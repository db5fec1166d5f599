package dev.threadpools.anatomy;

import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed-size pool whose queue runs the most urgent task first, for {@code execute} <em>and</em>
 * {@code submit}.
 *
 * <h2>What goes wrong without it</h2>
 * A plain {@code ThreadPoolExecutor} over a {@code PriorityBlockingQueue} works with {@code execute}
 * of {@link PriorityTask}s, but {@code submit} wraps each task in a {@code FutureTask}, which is not
 * {@code Comparable}, and the queue throws {@code ClassCastException} at the caller.
 *
 * <h2>The fix</h2>
 * {@link #newTaskFor} is the hook through which {@code submit} creates its wrapper; here it returns a
 * {@code FutureTask} that remembers the priority of what it wraps. The queue orders by a
 * {@link Comparator} over both kinds of element, so executed and submitted tasks can share it.
 * Tasks without a priority (plain {@code Runnable}s and {@code Callable}s) are least urgent.
 *
 * <p>Equal priorities are not run in submission order: a heap is not stable.
 */
public class PriorityThreadPoolExecutor extends ThreadPoolExecutor {

    /** Priority of tasks that do not say: after every prioritised task. */
    public static final int NO_PRIORITY = Integer.MAX_VALUE;

    /**
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException     if {@code threadFactory} is null
     */
    public PriorityThreadPoolExecutor(int threads, ThreadFactory threadFactory) {
        super(threads, threads, 0, TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(11, Comparator.comparingInt(PriorityThreadPoolExecutor::priorityOf)),
                threadFactory);
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new PrioritizedFuture<>(runnable, value, priorityOf(runnable));
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new PrioritizedFuture<>(callable, NO_PRIORITY);
    }

    /** The priority of anything this pool's queue may hold. */
    static int priorityOf(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (task instanceof PriorityTask prioritised) {
            return prioritised.priority();
        }
        if (task instanceof PrioritizedFuture<?> future) {
            return future.priority;
        }
        return NO_PRIORITY;
    }

    /** The {@code submit} wrapper, carrying the wrapped task's priority for the queue's comparator. */
    private static final class PrioritizedFuture<T> extends FutureTask<T> {
        private final int priority;

        PrioritizedFuture(Runnable runnable, T value, int priority) {
            super(runnable, value);
            this.priority = priority;
        }

        PrioritizedFuture(Callable<T> callable, int priority) {
            super(callable);
            this.priority = priority;
        }
    }
}
