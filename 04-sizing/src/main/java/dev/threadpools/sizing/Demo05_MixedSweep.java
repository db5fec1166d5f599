package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;

/**
 * Demo 05: a mix of compute-only and blocking tasks in one pool.
 *
 * <p>Every other task computes 1 ms; the others compute 0.2 ms and block 4 ms. The formula needs one
 * W/C for the pool, and the right one is the ratio of the <em>sums</em>: total blocked time over total
 * CPU time, 4 / 1.2 = 3.33, not the mean of the two tasks' own ratios (0 and 20, mean 10, which would
 * ask for almost three times as many threads). Look for: the knee near N * 4.33.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=05} ({@code -Dargs=full} for the longer sweep).
 */
public final class Demo05_MixedSweep {

    private Demo05_MixedSweep() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args, "Demo05_MixedSweep [full]");
        boolean full = in.word("full");
        in.end();
        System.out.println("A mix: half the tasks compute 1 ms, half compute 0.2 ms and block 4 ms (simulated I/O).");
        SweepReport.sweepAndPrint(Lesson.MIX, full);
    }
}
