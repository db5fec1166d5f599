package dev.threadpools.sizing;

import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool that keeps the books Little's law needs: how many tasks arrived, how long each
 * stayed (from {@code execute} to the end of {@code afterExecute}), how many are inside right now, and
 * the exact time-integral of that number.
 *
 * <p>"In the system" means accepted and not yet finished: queued or running. A rejected task never
 * entered and is not counted.
 *
 * <h2>Two ways to get L</h2>
 * <ul>
 *   <li>{@link #inSystem()} is what a monitor would sample now and then; the mean of the samples is an
 *       independent measurement of {@code L}.</li>
 *   <li>{@link Books#inSystemIntegralNanos()} is the exact area under the in-system curve. Over a period
 *       that starts and ends with an empty pool, that area is by construction the sum of all times in
 *       system, so {@code area / T} equals {@code lambda * W} exactly: that identity is the proof of
 *       Little's law, and the test checks the books with it.</li>
 * </ul>
 *
 * <p>All counters change under one lock: each is cheap, and taking them together keeps the invariant
 * {@code inSystem == arrivals - departures} true at every moment a reader can see.
 */
public final class InSystemTrackingPool extends ThreadPoolExecutor {

    /** Remembers when a task entered, so {@code afterExecute} can say how long it stayed. */
    private static final class Arrival implements Runnable {
        final Runnable task;
        final long arrivedAt;

        Arrival(Runnable task, long arrivedAt) {
            this.task = task;
            this.arrivedAt = arrivedAt;
        }

        @Override
        public void run() {
            task.run();
        }
    }

    /**
     * A consistent copy of the books.
     *
     * @param arrivals               tasks accepted so far
     * @param departures             tasks finished so far (their {@code afterExecute} has run)
     * @param inSystem               {@code arrivals - departures}
     * @param totalTimeInSystemNanos sum of the times in system of the departed tasks
     * @param inSystemIntegralNanos  area under the in-system curve since the pool was created, in
     *                               task-nanoseconds
     * @param firstArrivalAt         {@link System#nanoTime} of the first arrival (0 before it)
     * @param lastDepartureAt        {@link System#nanoTime} of the latest departure (0 before it)
     */
    public record Books(long arrivals, long departures, int inSystem, long totalTimeInSystemNanos,
                        long inSystemIntegralNanos, long firstArrivalAt, long lastDepartureAt) {
    }

    private final Object lock = new Object();
    // Guarded by lock.
    private long arrivals;
    private long departures;
    private int inSystem;
    private long totalTimeInSystemNanos;
    private long inSystemIntegralNanos;
    private long lastChangeAt = System.nanoTime();
    private long firstArrivalAt;
    private long lastDepartureAt;

    public InSystemTrackingPool(int threads, BlockingQueue<Runnable> queue, ThreadFactory threadFactory,
                                RejectedExecutionHandler handler) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, queue, threadFactory, handler);
    }

    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        Arrival arrival;
        // Timestamps are taken under the lock, so that the integral and the times in system are
        // computed from the very same instants: that is what makes the identity exact.
        synchronized (lock) {
            long now = System.nanoTime();
            advanceIntegral(now);
            if (arrivals++ == 0) {
                firstArrivalAt = now;
            }
            inSystem++;
            arrival = new Arrival(command, now);
        }
        try {
            super.execute(arrival);
        } catch (RejectedExecutionException e) {
            // Never entered: take back the arrival and the area it added while execute() ran.
            synchronized (lock) {
                long now = System.nanoTime();
                advanceIntegral(now);
                inSystemIntegralNanos -= now - arrival.arrivedAt;
                if (--arrivals == 0) {
                    firstArrivalAt = 0;
                }
                inSystem--;
            }
            throw e;
        }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        super.afterExecute(r, t);
        synchronized (lock) {
            long now = System.nanoTime();
            advanceIntegral(now);
            departures++;
            inSystem--;
            totalTimeInSystemNanos += now - ((Arrival) r).arrivedAt;
            lastDepartureAt = now;
        }
    }

    /** Tasks accepted and not finished, right now. */
    public int inSystem() {
        synchronized (lock) {
            return inSystem;
        }
    }

    public Books books() {
        synchronized (lock) {
            advanceIntegral(System.nanoTime());
            return new Books(arrivals, departures, inSystem, totalTimeInSystemNanos, inSystemIntegralNanos,
                    firstArrivalAt, lastDepartureAt);
        }
    }

    private void advanceIntegral(long now) {
        inSystemIntegralNanos += inSystem * (now - lastChangeAt);
        lastChangeAt = now;
    }
}
