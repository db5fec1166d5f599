package dev.threadpools.sizing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Little's law checked on a running pool: tasks arrive at a steady rate (an open system, like requests
 * to a server), a fixed pool serves them, and the number of tasks in the system is measured two ways
 * while the law's prediction {@code lambda * W} is computed from the arrivals and the times in system.
 *
 * <p>The observed period runs from the first arrival to the last departure, so it starts and ends
 * with an empty pool: the exact area under the in-system curve then equals the sum of the times in
 * system, and {@code L = lambda * W} holds to rounding (see {@link InSystemTrackingPool}). The sampled
 * {@code L} is the independent check: what a metrics system polling the pool would see.
 */
public final class LittlesLawRun {

    /**
     * About a millisecond between samples, but deliberately not a round number: a sampler in step
     * with a fixed-rate arrival schedule (say every 2 ms) would always look just after an arrival and
     * see one task too many.
     */
    static final long SAMPLE_PERIOD_MICROS = 997;

    /**
     * What a run observed.
     *
     * @param tasks               tasks that arrived and left (all were accepted: the queue is unbounded)
     * @param period              from the first arrival to the last departure
     * @param meanTimeInSystem    mean over all tasks of execute-to-afterExecute
     * @param exactMeanInSystem   area under the in-system curve divided by the period
     * @param sampledMeanInSystem mean of the in-system count, sampled about every millisecond during the period
     * @param samples             how many samples that mean is made of
     */
    public record Result(long tasks, Duration period, Duration meanTimeInSystem,
                         double exactMeanInSystem, double sampledMeanInSystem, long samples) {

        /** {@code lambda}: arrivals per second over the period. */
        public double arrivalRate() {
            return tasks / (period.toNanos() / 1e9);
        }

        /** {@code lambda * W}: what Little's law says the mean number in the system is. */
        public double predictedMeanInSystem() {
            return LittlesLaw.tasksInSystem(arrivalRate(), meanTimeInSystem);
        }
    }

    private LittlesLawRun() {
    }

    /**
     * Submits {@code tasks} tasks, one every {@code interArrival}, to a new fixed pool of
     * {@code threads} threads; each runs {@code task}. Returns once every task has finished and both
     * executors it created have terminated.
     */
    public static Result run(int threads, int tasks, Duration interArrival, Runnable task,
                             ThreadFactory threadFactory) throws InterruptedException {
        if (threads < 1 || tasks < 1) {
            throw new IllegalArgumentException("need threads >= 1 and tasks >= 1, was " + threads + ", " + tasks);
        }
        Objects.requireNonNull(interArrival, "interArrival");
        if (interArrival.isNegative() || interArrival.isZero()) {
            throw new IllegalArgumentException("interArrival must be positive, was " + interArrival);
        }
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(threadFactory, "threadFactory");

        var pool = new InSystemTrackingPool(threads, new LinkedBlockingQueue<>(), threadFactory,
                new ThreadPoolExecutor.AbortPolicy());
        pool.prestartAllCoreThreads();
        var submitted = new AtomicLong();
        var allArrived = new CountDownLatch(1);
        var sampleSum = new AtomicLong();
        var samples = new AtomicLong();
        // Two threads: an arrival must not wait behind a sample, nor a sample behind an arrival.
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, threadFactory);
        try {
            // Fixed rate, not fixed delay: a late arrival is followed by a quicker one, so the mean rate
            // stays 1 / interArrival even when the scheduler thread is descheduled for a moment.
            scheduler.scheduleAtFixedRate(() -> {
                long number = submitted.incrementAndGet();
                if (number <= tasks) {
                    pool.execute(task);
                }
                if (number == tasks) {
                    allArrived.countDown();
                }
            }, 0, interArrival.toNanos(), TimeUnit.NANOSECONDS);
            // Fixed delay, not fixed rate: a sampler that fell behind must not catch up with a burst of
            // samples taken at one instant, which would count that instant many times.
            scheduler.scheduleWithFixedDelay(() -> {
                InSystemTrackingPool.Books books = pool.books();
                if (books.arrivals() > 0 && books.departures() < tasks) { // inside the period
                    sampleSum.addAndGet(books.inSystem());
                    samples.incrementAndGet();
                }
            }, SAMPLE_PERIOD_MICROS / 2, SAMPLE_PERIOD_MICROS, TimeUnit.MICROSECONDS);
            long expectedNanos = Math.multiplyExact(interArrival.toNanos(), tasks);
            if (!allArrived.await(expectedNanos + TimeUnit.SECONDS.toNanos(60), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("the arrivals did not complete in time");
            }
            pool.shutdown(); // lets the queued tasks finish; the sampler keeps sampling until then
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the pool did not drain in time");
            }
        } finally {
            scheduler.shutdownNow();
            pool.shutdownNow();
        }
        if (!scheduler.awaitTermination(60, TimeUnit.SECONDS) || !pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("executors did not terminate");
        }
        InSystemTrackingPool.Books books = pool.books();
        long periodNanos = books.lastDepartureAt() - books.firstArrivalAt();
        return new Result(books.departures(), Duration.ofNanos(periodNanos),
                Duration.ofNanos(books.totalTimeInSystemNanos() / books.departures()),
                (double) books.inSystemIntegralNanos() / periodNanos,
                samples.get() == 0 ? Double.NaN : (double) sampleSum.get() / samples.get(), samples.get());
    }
}
