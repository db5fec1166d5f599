package dev.threadpools.sizing.exercises;

import java.util.function.LongSupplier;

/**
 * Exercise 02: estimate a task's wait-to-compute ratio W/C from two clocks.
 *
 * <p>{@code wallClock} always advances; {@code cpuClock} advances only while the calling thread is on
 * a CPU (in production: {@code ThreadMXBean::getCurrentThreadCpuTime}; in the test: fake clocks).
 * Implement {@link #waitToCompute} so that it
 * <ol>
 *   <li>runs {@code task} exactly {@code samples} times on the calling thread;</li>
 *   <li>reads both clocks around every run and adds up the wall time and the CPU time;</li>
 *   <li>returns {@code W/C = (totalWall - totalCpu) / totalCpu}, or 0 if the CPU time exceeds the
 *       wall time (clocks of different resolution can do that; waiting is never negative);</li>
 *   <li>throws {@link IllegalStateException} if the total CPU time is 0 (W/C would be infinite),
 *       {@link IllegalArgumentException} if {@code samples < 1}, and {@link NullPointerException} if
 *       any argument is null.</li>
 * </ol>
 *
 * <p>Check: {@code ./mvnw -q test -pl 04-sizing -Pexercises -Dexercise=02}
 */
public final class Exercise02_EstimateWaitToCompute {

    private Exercise02_EstimateWaitToCompute() {
    }

    public static double waitToCompute(Runnable task, int samples, LongSupplier wallClock, LongSupplier cpuClock) {
        if (task == null || wallClock == null || cpuClock == null) {
            throw new NullPointerException("task, wallClock and cpuClock are required");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, was " + samples);
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
            throw new IllegalStateException("no measurable CPU time: W/C is unbounded");
        }
        return Math.max(0, wall - cpu) / (double) cpu;
    }
}
