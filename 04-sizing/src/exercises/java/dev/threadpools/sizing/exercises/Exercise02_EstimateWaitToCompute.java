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
        throw new UnsupportedOperationException("Exercise 02 is not solved yet. Hint: in a loop, read "
                + "wallClock.getAsLong() and cpuClock.getAsLong() before and after task.run(), sum the "
                + "differences, then W = wall - cpu and return W / (double) cpu.");
    }
}
