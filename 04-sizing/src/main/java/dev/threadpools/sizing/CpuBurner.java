package dev.threadpools.sizing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Burns a fixed amount of CPU, the "compute" part of a simulated task.
 *
 * <p>The work is a fixed number of iterations of a cheap arithmetic loop, not "spin until the clock
 * says so": a task must cost the same CPU whether it runs alone or time-sliced with fifty others,
 * otherwise an oversubscribed pool would look no worse than a well-sized one. (JMH's
 * {@code Blackhole.consumeCPU} works the same way.) {@link #calibrate} converts a duration into
 * iterations once, by timing the loop against this thread's own CPU clock, which does not advance
 * while another process has the core: a busy machine changes how long the calibration takes, not
 * its result.
 *
 * <p>Instances are immutable and may be shared by any number of threads, including virtual ones.
 */
public final class CpuBurner {

    /** Read by nobody, written by every burn, so the JIT cannot remove the loop as dead code. */
    private static volatile long sink;

    private final double iterationsPerNanosecond;

    /** A burner that runs {@code iterationsPerNanosecond} loop iterations per nanosecond of CPU. */
    public CpuBurner(double iterationsPerNanosecond) {
        PoolSizing.requirePositive(iterationsPerNanosecond, "iterationsPerNanosecond");
        this.iterationsPerNanosecond = iterationsPerNanosecond;
    }

    /**
     * Measures this machine's loop speed on the calling (platform) thread. Takes about 100 ms of CPU.
     * Keeps the fastest of several rounds: interference only ever makes a round slower (cache
     * pollution, frequency changes), so the fastest is the closest to the loop's own cost.
     */
    public static CpuBurner calibrate() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported() || Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("per-thread CPU time is not available on this thread");
        }
        final long iterations = 2_000_000;
        spin(iterations); // let the JIT compile the loop before it is timed
        double best = 0;
        for (int round = 0; round < 7; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            spin(iterations);
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            best = Math.max(best, (double) iterations / Math.max(1, cpuNanos));
        }
        return new CpuBurner(best);
    }

    public double iterationsPerNanosecond() {
        return iterationsPerNanosecond;
    }

    /** Runs as many iterations as take {@code cpuNanos} of CPU time on an otherwise idle core. */
    public void burn(long cpuNanos) {
        if (cpuNanos < 0) {
            throw new IllegalArgumentException("cpuNanos must be >= 0, was " + cpuNanos);
        }
        spin(Math.round(cpuNanos * iterationsPerNanosecond));
    }

    private static void spin(long iterations) {
        long x = 0x9E3779B97F4A7C15L;
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        sink = x;
    }
}
