package dev.threadpools.sizing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The measuring harness: runs one {@link Workload} on several executors and reports throughput and
 * latency with their spread.
 *
 * <h2>What one run measures</h2>
 * A run keeps {@code inFlight} tasks in the executor at all times (a closed system): every task, when
 * it finishes, submits its successor, until the run's window has passed. So a pool of {@code n}
 * threads always has work queued and its throughput is its capacity, not the rate at which a
 * benchmark happens to feed it. The window opens after a ramp-up, so that it sees the steady state.
 * Counted are the tasks that finished inside the window:
 * <ul>
 *   <li><b>throughput</b>: finished tasks per second of window;</li>
 *   <li><b>run time</b>: from the moment a thread starts a task to its end. Queue wait is excluded on
 *       purpose: in a closed system the queue is as long as the harness makes it. Its tail is what
 *       grows when a pool has more runnable threads than cores: a preempted task waits for its
 *       turn behind all the others;</li>
 *   <li><b>time in system</b>: from submission to end, queue wait included, the latency a caller
 *       would see. Not timed per task but derived with Little's law, see
 *       {@link Measurement#meanTimeInSystem}.</li>
 * </ul>
 *
 * <h2>Why not JMH</h2>
 * JMH times one method call at a time on threads it owns; here the unit is a whole executor running
 * for a window, and the result is a curve over pool sizes. The harness keeps what matters from JMH:
 * warm-up runs that are thrown away, several measured runs, and the spread (min and max) next to the
 * median. It adds one thing JMH does not do: <b>interleaving</b>. Each repetition runs every
 * candidate once, in the same order, so when another build starts on the shared machine, all
 * candidates suffer alike instead of the ones that happened to run last.
 *
 * <h2>Threads and shutdown</h2>
 * Every executor is created for one run and closed at its end, after every task chain has stopped;
 * a run leaves no thread behind.
 */
public final class SizingExperiment {

    /**
     * How long and how often to measure.
     *
     * @param rampUp            how long a run goes before its window opens: tasks that finish
     *                          earlier are not counted, so the window sees the steady state and not
     *                          the start (all threads taking their first task at once)
     * @param window            how long a run is measured
     * @param warmupRuns        runs per candidate before measuring, results discarded
     * @param measuredRuns      runs per candidate that are reported
     * @param inFlightPerThread tasks kept in flight per pool thread in a sweep (at least 1; 2 keeps a
     *                          task ready in the queue for every thread that finishes one)
     */
    public record Settings(Duration rampUp, Duration window, int warmupRuns, int measuredRuns,
                           int inFlightPerThread) {
        public Settings {
            Objects.requireNonNull(rampUp, "rampUp");
            Objects.requireNonNull(window, "window");
            if (rampUp.isNegative() || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("need rampUp >= 0 and window > 0, was " + rampUp + ", " + window);
            }
            if (warmupRuns < 0 || measuredRuns < 1 || inFlightPerThread < 1) {
                throw new IllegalArgumentException("need warmupRuns >= 0, measuredRuns >= 1, "
                        + "inFlightPerThread >= 1; was " + warmupRuns + ", " + measuredRuns + ", " + inFlightPerThread);
            }
        }
    }

    /** The tour's setting: about a third of a second per candidate, so a sweep takes a second or two. */
    public static final Settings QUICK = new Settings(Duration.ofMillis(25), Duration.ofMillis(50), 1, 3, 2);

    /** The setting behind the README's figures and charts: about five seconds per candidate. */
    public static final Settings FULL = new Settings(Duration.ofMillis(200), Duration.ofMillis(400), 2, 7, 2);

    /**
     * Something to measure: an executor and how many tasks to keep in it.
     *
     * @param label    for tables and charts
     * @param threads  pool size, or 0 for one virtual thread per task
     * @param inFlight tasks kept in the executor during a run
     * @param executor makes a fresh executor for each run
     */
    public record Candidate(String label, int threads, int inFlight, Supplier<ExecutorService> executor) {
        public Candidate {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(executor, "executor");
            if (threads < 0 || inFlight < 1) {
                throw new IllegalArgumentException("need threads >= 0 and inFlight >= 1, was "
                        + threads + ", " + inFlight);
            }
        }

        /** A fixed pool of {@code threads} platform threads, all started before the run. */
        public static Candidate fixedPool(int threads, int inFlight, ThreadFactory threadFactory) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            Objects.requireNonNull(threadFactory, "threadFactory");
            return new Candidate("pool " + threads, threads, inFlight, () -> {
                var pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                        new LinkedBlockingQueue<>(), threadFactory);
                // Thread creation is not what is being measured: pay for it before the window opens.
                pool.prestartAllCoreThreads();
                return pool;
            });
        }

        /** One new virtual thread per task. */
        public static Candidate virtualThreads(int inFlight) {
            return new Candidate("virtual", 0, inFlight, Executors::newVirtualThreadPerTaskExecutor);
        }
    }

    /**
     * What the measured runs of one candidate gave.
     *
     * @param throughputs tasks per second, one entry per measured run, in run order
     * @param runTime     percentiles of task run time over all measured runs, in nanoseconds
     */
    public record Measurement(Candidate candidate, List<Double> throughputs, Percentiles runTime) {
        public Measurement {
            Objects.requireNonNull(candidate, "candidate");
            throughputs = List.copyOf(throughputs);
            Objects.requireNonNull(runTime, "runTime");
        }

        /**
         * Mean time from submission to end, by Little's law: in this closed system exactly
         * {@code inFlight} tasks are always inside, so {@code W = L / lambda = inFlight / throughput}.
         * (Measuring it per task would need a ramp-up longer than the slowest candidate's time in
         * system; the law gives it for free.) Empty when the median run finished no task: on a
         * badly overloaded machine a short window can pass without one.
         */
        public Optional<Duration> meanTimeInSystem() {
            double throughput = medianThroughput();
            return throughput > 0
                    ? Optional.of(Duration.ofNanos(Math.round(candidate.inFlight() / throughput * 1e9)))
                    : Optional.empty();
        }

        public double medianThroughput() {
            return Percentiles.of(throughputs).p50();
        }

        public double minThroughput() {
            return throughputs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }

        public double maxThroughput() {
            return throughputs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    private final Workload workload;
    private final CpuBurner burner;
    private final Settings settings;
    private final ThreadFactory threadFactory;

    public SizingExperiment(Workload workload, CpuBurner burner, Settings settings, ThreadFactory threadFactory) {
        this.workload = Objects.requireNonNull(workload, "workload");
        this.burner = Objects.requireNonNull(burner, "burner");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
    }

    public Workload workload() {
        return workload;
    }

    /** Fixed pools of the given sizes, each kept busy with {@code size * inFlightPerThread} tasks. */
    public List<Measurement> sweep(int... poolSizes) {
        if (poolSizes.length == 0) {
            throw new IllegalArgumentException("no pool sizes to sweep");
        }
        return compare(Arrays.stream(poolSizes)
                .mapToObj(size -> Candidate.fixedPool(size, Math.multiplyExact(size, settings.inFlightPerThread()),
                        threadFactory))
                .toList());
    }

    /** A fixed pool of {@code threads} with this experiment's thread factory. */
    public Candidate fixedPool(int threads, int inFlight) {
        return Candidate.fixedPool(threads, inFlight, threadFactory);
    }

    /**
     * Measures every candidate, interleaved: warm-up rounds first, then each measured repetition
     * runs every candidate once, in the given order.
     *
     * @return one measurement per candidate, in the order given
     */
    public List<Measurement> compare(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        for (int round = 0; round < settings.warmupRuns(); round++) {
            candidates.forEach(this::runOnce);
        }
        List<List<Double>> throughputs = new ArrayList<>();
        List<List<Long>> runTimes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            throughputs.add(new ArrayList<>());
            runTimes.add(new ArrayList<>());
        }
        for (int round = 0; round < settings.measuredRuns(); round++) {
            for (int i = 0; i < candidates.size(); i++) {
                Run run = runOnce(candidates.get(i));
                throughputs.get(i).add(run.finished() / (settings.window().toNanos() / 1e9));
                runTimes.get(i).addAll(run.runTimes());
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            measurements.add(new Measurement(candidates.get(i), throughputs.get(i), Percentiles.of(runTimes.get(i))));
        }
        return measurements;
    }

    /**
     * The measured optimum of a sweep: the smallest pool whose median throughput is within
     * {@code tolerance} (say 0.05 for 5 %) of the best median. "Smallest within 5 %" rather than
     * "the maximum" because past the knee the curve is flat and its maximum is decided by noise;
     * the knee is what the formula predicts.
     */
    public static Measurement knee(List<Measurement> sweep, double tolerance) {
        return knee(sweep, tolerance, Measurement::medianThroughput);
    }

    /**
     * The knee by another statistic of the runs. {@link Measurement#maxThroughput} is worth a look on
     * a shared machine: interference from other processes only ever lowers a run's throughput, so the
     * best run is the closest to what the pool could do on the machine alone.
     */
    public static Measurement knee(List<Measurement> sweep, double tolerance, ToDoubleFunction<Measurement> statistic) {
        if (sweep.isEmpty()) {
            throw new IllegalArgumentException("empty sweep");
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), was " + tolerance);
        }
        Objects.requireNonNull(statistic, "statistic");
        double best = sweep.stream().mapToDouble(statistic).max().orElseThrow();
        return sweep.stream()
                .filter(m -> statistic.applyAsDouble(m) >= (1 - tolerance) * best)
                .min(Comparator.comparingInt((Measurement m) -> m.candidate().threads()))
                .orElseThrow();
    }

    /** One run's raw results: tasks finished inside the window and their run times in nanoseconds. */
    private record Run(long finished, List<Long> runTimes) {
    }

    private Run runOnce(Candidate candidate) {
        var runTimes = new ConcurrentLinkedQueue<Long>();
        var finished = new AtomicLong();
        var nextIndex = new AtomicLong();
        var liveChains = new AtomicInteger(candidate.inFlight());
        var allChainsEnded = new CountDownLatch(1);
        try (ExecutorService executor = candidate.executor().get()) {
            long windowStart = System.nanoTime() + settings.rampUp().toNanos();
            long deadline = windowStart + settings.window().toNanos();

            /* A chain of tasks: each link runs one task and submits the next link until the window
             * closes. A link that only starts after the window skips its task: nothing it did would be
             * counted, and a long queue would otherwise take long to drain. Invariant: liveChains
             * counts the chains whose last link has not finished yet. */
            final class Link implements Runnable {
                @Override
                public void run() {
                    long start = System.nanoTime();
                    if (start - deadline <= 0) {
                        workload.runTask(nextIndex.getAndIncrement(), burner);
                    }
                    long end = System.nanoTime();
                    if (end - deadline <= 0) {
                        if (end - windowStart >= 0) {
                            finished.incrementAndGet();
                            runTimes.add(end - start);
                        }
                        executor.execute(new Link());
                    } else if (liveChains.decrementAndGet() == 0) {
                        allChainsEnded.countDown();
                    }
                }
            }

            for (int i = 0; i < candidate.inFlight(); i++) {
                executor.execute(new Link());
            }
            // Bounded, so a broken executor fails the run instead of hanging it: every chain ends
            // within one task after the window.
            if (!allChainsEnded.await(deadline - System.nanoTime() + TimeUnit.SECONDS.toNanos(60),
                    TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
                throw new IllegalStateException(candidate.label() + ": tasks still running a minute after the window");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring " + candidate.label(), e);
        }
        return new Run(finished.get(), List.copyOf(runTimes));
    }
}
