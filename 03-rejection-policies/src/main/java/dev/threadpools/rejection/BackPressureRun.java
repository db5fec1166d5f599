package dev.threadpools.rejection;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One producer, faster than the pool, submits a fixed number of tasks; every task is accounted for.
 *
 * <h2>The ledger</h2>
 * Each of the {@code tasks} tasks has an index. Three observers write down what happened to it, each
 * on its own:
 * <ul>
 *   <li>the producer: did {@code execute} return normally (<em>accepted</em>) or throw
 *       (<em>rejected</em>)?</li>
 *   <li>the task: it counts every execution of itself (<em>ran</em>), and whether it ran on the
 *       producer's thread;</li>
 *   <li>the pool's handler, wrapped in a {@link CountingRejectionPolicy}: how often it was called.</li>
 * </ul>
 * Once the pool (and any {@code downstream} executor it hands tasks to) has terminated, an accepted
 * task that never ran can never run any more: it was <em>dropped</em>. The books balance when
 * <pre>
 *   submitted == accepted + rejected
 *   accepted  == ran + dropped          (every accepted task ran exactly once, or not at all)
 * </pre>
 * The first line is the producer's own tally and holds by construction: each {@code execute} either
 * returns or throws. The second line is the check, and not a definition in disguise: {@code ran}
 * counts executions, {@code dropped} counts tasks by identity, so a task run twice, or a rejected task
 * that ran anyway, unbalances it.
 *
 * <h2>What it measures</h2>
 * Producer throughput (tasks offered per second of producer time: what back-pressure slows down),
 * task latency from {@code execute} to the start of the task (what queuing costs), and the longest
 * queue the producer saw after any {@code execute} (what the queue costs in memory).
 *
 * <p>The workload is simulated blocking I/O: each task parks for {@code taskDuration}. Parking, not
 * spinning, so that the pool's pace does not depend on how busy the shared CPU is.
 */
public final class BackPressureRun {

    /**
     * The books and the measurements of one run. Latencies are of the tasks that ran.
     *
     * @param policy         the label of the run
     * @param submitted      tasks the producer offered
     * @param accepted       {@code execute} returned normally
     * @param rejected       {@code execute} threw {@code RejectedExecutionException}
     * @param ran            executions counted by the tasks themselves
     * @param ranByProducer  of those, executions on the producer's thread
     * @param dropped        accepted tasks that never ran
     * @param handlerCalls   calls of the rejection handler
     * @param producerTime   time from the first {@code execute} to the return of the last
     * @param latencyP50     median delay from {@code execute} to the start of the task
     * @param latencyP99     99th percentile of that delay
     * @param peakQueue      longest queue the producer saw right after an {@code execute}
     */
    public record Result(String policy, int submitted, int accepted, int rejected, int ran, int ranByProducer,
                         int dropped, long handlerCalls, Duration producerTime, Duration latencyP50,
                         Duration latencyP99, int peakQueue) {

        /** True when every task is accounted for (see the class comment). */
        public boolean booksBalance() {
            return submitted == accepted + rejected && accepted == ran + dropped;
        }

        /** Tasks offered per second of producer time. */
        public double producerTasksPerSecond() {
            return submitted / (producerTime.toNanos() / 1e9);
        }
    }

    /**
     * A pool to run the experiment on, and the executors its policy hands tasks to.
     *
     * @param pool       a fresh pool
     * @param downstream executors that must terminate before the books are closed
     */
    public record Setup(ThreadPoolExecutor pool, List<ExecutorService> downstream) {
        public Setup {
            Objects.requireNonNull(pool, "pool");
            downstream = List.copyOf(downstream);
        }
    }

    /**
     * A named way to configure the pool.
     *
     * @param name  the label of the table row
     * @param setup makes a fresh pool (and its downstream executors) for every run
     */
    public record Contender(String name, Supplier<Setup> setup) {
        public Contender {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(setup, "setup");
        }

        /** Runs the experiment on a fresh setup. */
        public Result run(int tasks, Duration taskDuration) {
            Setup fresh = setup.get();
            return BackPressureRun.run(name, fresh.pool(), tasks, taskDuration,
                    fresh.downstream().toArray(ExecutorService[]::new));
        }
    }

    /** How long {@link BlockingWithTimeoutPolicy} waits in the lineup: far longer than a queue drains. */
    static final Duration BLOCKING_TIMEOUT = Duration.ofSeconds(5);

    /** The first back-off pause of {@link RetryWithBackoffPolicy} in the lineup (then 2x, 4x). */
    static final Duration FIRST_RETRY_PAUSE = Duration.ofNanos(200_000);

    private BackPressureRun() {
    }

    /**
     * The lesson's lineup, every row with {@code workers} threads: an unbounded queue (the default of
     * {@code Executors.newFixedThreadPool}, which never rejects), then a queue of {@code queueCapacity}
     * with each built-in policy and each custom one. The fallback row hands overflow to a second pool
     * of the same size and bound, which aborts when it is full too.
     *
     * @throws IllegalArgumentException if {@code workers < 1} or {@code queueCapacity < 1}
     */
    public static List<Contender> lineup(int workers, int queueCapacity) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1, was " + queueCapacity);
        }
        return List.of(
                new Contender("unbounded queue", () -> new Setup(
                        pool(workers, new LinkedBlockingQueue<>(), new ThreadPoolExecutor.AbortPolicy()), List.of())),
                bounded("AbortPolicy", workers, queueCapacity, new ThreadPoolExecutor.AbortPolicy()),
                bounded("CallerRunsPolicy", workers, queueCapacity, new ThreadPoolExecutor.CallerRunsPolicy()),
                bounded("DiscardPolicy", workers, queueCapacity, new ThreadPoolExecutor.DiscardPolicy()),
                bounded("DiscardOldestPolicy", workers, queueCapacity, new ThreadPoolExecutor.DiscardOldestPolicy()),
                bounded("BlockingWithTimeout", workers, queueCapacity,
                        new BlockingWithTimeoutPolicy(BLOCKING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)),
                bounded("RetryWithBackoff(3)", workers, queueCapacity, new RetryWithBackoffPolicy(3, FIRST_RETRY_PAUSE)),
                new Contender("FallbackExecutor", () -> {
                    ThreadPoolExecutor fallback = pool(workers, new ArrayBlockingQueue<>(queueCapacity),
                            new ThreadPoolExecutor.AbortPolicy());
                    return new Setup(pool(workers, new ArrayBlockingQueue<>(queueCapacity),
                            new FallbackExecutorPolicy(fallback)), List.of(fallback));
                }));
    }

    private static Contender bounded(String name, int workers, int queueCapacity, RejectedExecutionHandler policy) {
        return new Contender(name, () -> new Setup(
                pool(workers, new ArrayBlockingQueue<>(queueCapacity), policy), List.of()));
    }

    private static ThreadPoolExecutor pool(int workers, BlockingQueue<Runnable> queue, RejectedExecutionHandler policy) {
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, queue, policy);
    }

    /**
     * Runs the experiment on {@code pool}, which must be fresh, and shuts it down.
     *
     * <p>The pool's rejection handler is wrapped in a {@link CountingRejectionPolicy} for the run.
     *
     * @param downstream executors the pool's policy hands tasks to (a fallback pool); they are shut
     *                   down and awaited after the pool, so that their tasks are counted too
     * @throws IllegalArgumentException if {@code tasks < 1}, {@code taskDuration} is negative or the
     *                                  pool has already been used
     * @throws NullPointerException     if any argument is null
     * @throws IllegalStateException    if the pools do not terminate within a minute
     */
    public static Result run(String policy, ThreadPoolExecutor pool, int tasks, Duration taskDuration,
                             ExecutorService... downstream) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(taskDuration, "taskDuration");
        Objects.requireNonNull(downstream, "downstream");
        Arrays.stream(downstream).forEach(executor -> Objects.requireNonNull(executor, "downstream executor"));
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1, was " + tasks);
        }
        if (taskDuration.isNegative()) {
            throw new IllegalArgumentException("taskDuration must not be negative, was " + taskDuration);
        }
        if (pool.getTaskCount() != 0 || pool.isShutdown()) {
            throw new IllegalArgumentException("pool must be fresh: " + pool);
        }
        CountingRejectionPolicy counting = new CountingRejectionPolicy(pool.getRejectedExecutionHandler());
        pool.setRejectedExecutionHandler(counting);

        Thread producer = Thread.currentThread();
        long taskNanos = taskDuration.toNanos();
        long[] submittedAt = new long[tasks];
        long[] startedAt = new long[tasks];
        AtomicIntegerArray executions = new AtomicIntegerArray(tasks);
        AtomicInteger ranByProducer = new AtomicInteger();
        boolean[] accepted = new boolean[tasks];
        int peakQueue = 0;

        long producerStart = System.nanoTime();
        for (int i = 0; i < tasks; i++) {
            int index = i;
            Runnable task = () -> {
                startedAt[index] = System.nanoTime();
                executions.incrementAndGet(index);
                if (Thread.currentThread() == producer) {
                    ranByProducer.incrementAndGet();
                }
                simulateBlockingIo(taskNanos);
            };
            submittedAt[i] = System.nanoTime();
            try {
                pool.execute(task);
                accepted[i] = true;
            } catch (RejectedExecutionException e) {
                accepted[i] = false;
            }
            peakQueue = Math.max(peakQueue, pool.getQueue().size());
        }
        Duration producerTime = Duration.ofNanos(System.nanoTime() - producerStart);

        // Termination of every pool is what makes the ledger final, and it publishes the tasks'
        // plain writes (startedAt) to this thread: awaitTermination happens-after every task.
        awaitTermination(pool);
        for (ExecutorService executor : downstream) {
            awaitTermination(executor);
        }

        int acceptedCount = 0;
        int ran = 0;
        int dropped = 0;
        long[] latencies = new long[tasks];
        int latencyCount = 0;
        for (int i = 0; i < tasks; i++) {
            int runs = executions.get(i);
            ran += runs;
            if (accepted[i]) {
                acceptedCount++;
                if (runs == 0) {
                    dropped++;
                }
            }
            if (runs > 0) {
                latencies[latencyCount++] = startedAt[i] - submittedAt[i];
            }
        }
        Arrays.sort(latencies, 0, latencyCount);
        return new Result(policy, tasks, acceptedCount, tasks - acceptedCount, ran, ranByProducer.get(), dropped,
                counting.rejectedCount(), producerTime, percentile(latencies, latencyCount, 50),
                percentile(latencies, latencyCount, 99), peakQueue);
    }

    /** Sleeps for {@code nanos} without holding a CPU: the stand-in for a blocking call. */
    static void simulateBlockingIo(long nanos) {
        long deadline = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left); // may return early (spurious wake-up): loop until the deadline
        }
    }

    private static Duration percentile(long[] sorted, int count, int percent) {
        if (count == 0) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * count) - 1;
        return Duration.ofNanos(sorted[Math.max(0, rank)]);
    }

    private static void awaitTermination(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                executor.shutdownNow();
                throw new IllegalStateException("did not terminate within a minute: " + executor);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + executor, e);
        }
    }
}
