package dev.threadpools.sizing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Estimates a task's wait-to-compute ratio {@code W/C} by running it, and recommends a pool size.
 *
 * <p>The idea: a thread's CPU clock ({@link ThreadMXBean#getCurrentThreadCpuTime}) only advances while
 * the thread is on a core; the wall clock always advances. Run the task on the calling thread and
 * read both clocks around it: {@code C} is the CPU time, {@code W = wall - C} the time it spent off
 * the CPU. No profiler needed, and it works on your own task: pass it in as a {@link Runnable}.
 *
 * <h2>What to watch for</h2>
 * <ul>
 *   <li>Off the CPU is not always "blocked": a thread that is runnable but waits for a core counts as
 *       waiting too. On a busy machine the estimate of {@code W} is too high, and so is the
 *       recommendation. Measure on a quiet machine, or compare with a run on one thread.</li>
 *   <li>The first runs include class loading and interpretation: they are run as warm-up and not
 *       counted.</li>
 *   <li>The CPU clock is per platform thread; a virtual thread has none the JVM will report, so the
 *       estimator refuses to run on one.</li>
 *   <li>The CPU clock's resolution is coarse on some systems; a task that burns no measurable CPU
 *       has no ratio, and the estimator says so instead of returning infinity.</li>
 * </ul>
 *
 * <p>The clocks are injectable so the arithmetic can be tested with deterministic fake clocks.
 */
public final class WaitComputeEstimator {

    /**
     * The result of {@link #estimate}.
     *
     * @param samples  how many measured runs
     * @param meanWall mean wall time of one run
     * @param meanCpu  mean CPU time of one run
     */
    public record Estimate(int samples, Duration meanWall, Duration meanCpu) {

        /** Time off the CPU: wall time minus CPU time (never negative). */
        public Duration meanWait() {
            Duration wait = meanWall.minus(meanCpu);
            return wait.isNegative() ? Duration.ZERO : wait;
        }

        /** {@code W/C}. */
        public double waitToCompute() {
            return (double) meanWait().toNanos() / meanCpu.toNanos();
        }

        /** {@code N * U * (1 + W/C)}: see {@link PoolSizing#forUtilisation}. */
        public int recommendedPoolSize(int cores, double targetUtilisation) {
            return PoolSizing.forUtilisation(cores, targetUtilisation, waitToCompute());
        }
    }

    private final LongSupplier wallClock;
    private final LongSupplier cpuClock;

    /** Measures with {@link System#nanoTime} and the calling thread's CPU clock. */
    public WaitComputeEstimator() {
        this(System::nanoTime, currentThreadCpuClock());
    }

    /** Measures with the given clocks, both in nanoseconds. */
    public WaitComputeEstimator(LongSupplier wallClock, LongSupplier cpuClock) {
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.cpuClock = Objects.requireNonNull(cpuClock, "cpuClock");
    }

    /**
     * Runs {@code task} {@code warmups + samples} times on the calling thread and averages the last
     * {@code samples} runs.
     *
     * @throws IllegalStateException if the measured runs used no measurable CPU time
     */
    public Estimate estimate(Runnable task, int warmups, int samples) {
        Objects.requireNonNull(task, "task");
        if (warmups < 0 || samples < 1) {
            throw new IllegalArgumentException("need warmups >= 0 and samples >= 1, was " + warmups + ", " + samples);
        }
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long wall = 0;
        long cpu = 0;
        for (int i = 0; i < samples; i++) {
            long wallStart = wallClock.getAsLong();
            long cpuStart = cpuClock.getAsLong();
            task.run();
            cpu += cpuClock.getAsLong() - cpuStart;
            wall += wallClock.getAsLong() - wallStart;
        }
        if (cpu <= 0) {
            throw new IllegalStateException("the task used no measurable CPU time in " + samples
                    + " runs: W/C is unbounded, so size the pool by what it waits for, not by the cores");
        }
        return new Estimate(samples, Duration.ofNanos(wall / samples), Duration.ofNanos(cpu / samples));
    }

    private static LongSupplier currentThreadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new UnsupportedOperationException("this JVM does not measure per-thread CPU time");
        }
        return () -> {
            long nanos = threads.getCurrentThreadCpuTime();
            if (nanos < 0) { // -1: a virtual thread, or CPU time measurement switched off
                throw new IllegalStateException("no CPU clock for " + Thread.currentThread()
                        + "; run the estimator on a platform thread");
            }
            return nanos;
        };
    }
}
