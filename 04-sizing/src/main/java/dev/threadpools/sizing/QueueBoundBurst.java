package dev.threadpools.sizing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A burst of tasks arriving at one instant at a fixed pool, with a bounded or an unbounded queue: how
 * many are accepted, and how long the last accepted one takes. This is where a queue bound chosen by
 * Little's law ({@link LittlesLaw#queueCapacity}) shows its worth: the unbounded queue accepts
 * everything and serves the tail far too late, the bounded one rejects at once what it could not
 * serve in time.
 *
 * <p>"At one instant" is made exact with a gate: every accepted task waits at a latch until the whole
 * burst has been offered, so no task can finish, and free a place, while the burst is still arriving.
 * The pool's threads are not prestarted: the first {@code threads} tasks each start a thread and are
 * its first task, the next ones fill the queue, so exactly {@code threads + capacity} are accepted.
 */
public final class QueueBoundBurst {

    /** Use as {@code queueCapacity} for an unbounded {@link LinkedBlockingQueue}. */
    public static final int UNBOUNDED = -1;

    /**
     * What happened to the burst.
     *
     * @param accepted             tasks the pool took
     * @param rejected             tasks it refused with {@link RejectedExecutionException}
     * @param worstTimeInSystem    the longest time from the burst's instant to the end of an accepted task
     */
    public record Result(int accepted, int rejected, Duration worstTimeInSystem) {
    }

    private QueueBoundBurst() {
    }

    /**
     * Offers {@code burst} copies of {@code task} at once to a new fixed pool of {@code threads} with a
     * queue of {@code queueCapacity} ({@link #UNBOUNDED} for none), waits for every accepted task and
     * shuts the pool down.
     */
    public static Result run(int threads, int queueCapacity, int burst, Runnable task, ThreadFactory threadFactory)
            throws InterruptedException {
        if (threads < 1 || burst < 1 || (queueCapacity < 0 && queueCapacity != UNBOUNDED)) {
            throw new IllegalArgumentException("need threads >= 1, burst >= 1, queueCapacity >= 0 or UNBOUNDED; was "
                    + threads + ", " + burst + ", " + queueCapacity);
        }
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(threadFactory, "threadFactory");
        BlockingQueue<Runnable> queue = queueCapacity == UNBOUNDED
                ? new LinkedBlockingQueue<>()
                // ArrayBlockingQueue rejects a capacity of 0; a SynchronousQueue would hold no task either.
                : queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity);
        var pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue, threadFactory,
                new ThreadPoolExecutor.AbortPolicy());
        var gate = new CountDownLatch(1);
        var worstNanos = new AtomicLong();
        int accepted = 0;
        long burstAt;
        try {
            burstAt = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                try {
                    pool.execute(() -> {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        task.run();
                        worstNanos.accumulateAndGet(System.nanoTime() - burstAt, Math::max);
                    });
                    accepted++;
                } catch (RejectedExecutionException e) {
                    // Counted below: this is the bound doing its job.
                }
            }
        } finally {
            gate.countDown();
            pool.shutdown();
        }
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the accepted tasks did not finish within 60 s");
        }
        return new Result(accepted, burst - accepted, Duration.ofNanos(worstNanos.get()));
    }
}
