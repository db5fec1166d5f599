package dev.threadpools.sizing;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.DemoArgs;

/**
 * Demo 03: sweep the pool size for tasks that only compute, and compare the best size with N + 1.
 *
 * <p>Each task burns 0.5 ms of CPU. With {@code n} threads on {@code N} cores, throughput grows with
 * {@code n} until {@code n = N}, then stays about flat: more threads cannot make more cores. What does grow
 * past {@code N} is the <em>tail</em> of the tasks' run time (the "run p99" column). Not the median: a
 * 0.5 ms task is shorter than the kernel's time slice, so most tasks run to the end once they get a
 * core; the unlucky ones that are preempted wait behind every other runnable thread, and the more
 * threads, the longer that wait. Look for: the knee at N (N + 1 is within noise of it), flat
 * throughput after it, a flat p50 and a p99 that climbs with the pool size.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=03} ({@code -Dargs=full} for the longer
 * sweep behind the README's chart).
 */
@Claim({"J52", "J83", "J89", "P13"})
public final class Demo03_CpuBoundSweep {

    private Demo03_CpuBoundSweep() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args, "Demo03_CpuBoundSweep [full]");
        boolean full = in.word("full");
        in.end();
        System.out.println("CPU-bound tasks (0.5 ms of CPU each): which pool size gives the most tasks per second?");
        SweepReport.sweepAndPrint(Lesson.CPU, full);
    }
}
