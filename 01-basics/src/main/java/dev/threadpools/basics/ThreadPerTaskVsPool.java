package dev.threadpools.basics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same batch of tasks run two ways: one new thread per task (the "BAD" loop of the seed) and a
 * fixed pool (the "GOOD" loop). Both take the {@link ThreadFactory} that makes their threads, so a
 * caller can count how many threads each way really creates.
 *
 * <p>The taxi analogy in code: thread-per-task buys a car for every passenger and scraps it after the
 * ride; the pool keeps {@code poolSize} taxis that take passengers in turn.
 */
public final class ThreadPerTaskVsPool {

    /**
     * What one run cost.
     *
     * @param tasks          how many tasks ran
     * @param threadsCreated how many threads the factory was asked for
     * @param elapsed        wall time from the first start to the last completion
     */
    public record Run(int tasks, int threadsCreated, Duration elapsed) {
    }

    private ThreadPerTaskVsPool() {
    }

    /** Starts one thread per task and joins them all. */
    public static Run threadPerTask(int tasks, Runnable task, ThreadFactory threadFactory)
            throws InterruptedException {
        requirePositive(tasks, "tasks");
        Objects.requireNonNull(task, "task");
        CountingThreadFactory counting = new CountingThreadFactory(threadFactory);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            Thread thread = counting.newThread(task);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Run(tasks, counting.created(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Submits every task to a fixed pool of {@code poolSize} threads, then shuts it down and waits. */
    public static Run fixedPool(int tasks, int poolSize, Runnable task, ThreadFactory threadFactory) {
        requirePositive(tasks, "tasks");
        requirePositive(poolSize, "poolSize");
        Objects.requireNonNull(task, "task");
        CountingThreadFactory counting = new CountingThreadFactory(threadFactory);
        long start = System.nanoTime();
        // close() = shutdown() + awaitTermination(): it returns once every submitted task has run.
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize, counting)) {
            for (int i = 0; i < tasks; i++) {
                pool.execute(task);
            }
        }
        return new Run(tasks, counting.created(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** Delegates to another factory and counts the threads it was asked for. */
    private static final class CountingThreadFactory implements ThreadFactory {
        private final ThreadFactory delegate;
        private final AtomicInteger created = new AtomicInteger();

        CountingThreadFactory(ThreadFactory delegate) {
            this.delegate = Objects.requireNonNull(delegate, "threadFactory");
        }

        @Override
        public Thread newThread(Runnable r) {
            created.incrementAndGet();
            return delegate.newThread(r);
        }

        int created() {
            return created.get();
        }
    }
}
