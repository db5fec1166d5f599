package dev.threadpools.sizing;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.DemoArgs;
import java.time.Duration;

/**
 * Demo 04: sweep the pool size for tasks that compute a little and block a lot, and compare the best
 * size with N * (1 + W/C).
 *
 * <p>Each task computes 0.25 ms, then blocks for {@code W/C} times as long (8 by default, so 2 ms). The
 * blocking is simulated with {@code LockSupport.parkNanos}: here the park is the workload, a stand-in
 * for a database or HTTP call. While a thread is parked its core is free, so throughput keeps
 * growing with the pool until the cores are busy, at about {@code N * (1 + W/C)} threads; past that,
 * the extra threads only queue for the cores and the run time of every task grows.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=04} with optionally
 * {@code -Dargs="W/C [full]"}, e.g. {@code -Dargs=2} or {@code -Dargs="8 full"}.
 */
@Claim({"J58", "J83", "J89"})
public final class Demo04_IoBoundSweep {

    private static final String USAGE = "Demo04_IoBoundSweep [W/C >= 0, default 8] [full]";

    private Demo04_IoBoundSweep() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args, USAGE);
        Workload workload = in.isEmpty() ? Lesson.IO
                : Workload.ioBound(Duration.ofMillis(1).dividedBy(4), in.doubleWhere(ratio -> ratio >= 0, 8));
        boolean full = in.word("full");
        in.end();
        System.out.printf("I/O-bound tasks (0.25 ms of CPU, then %.2f ms blocked in parkNanos, the simulated I/O):%n"
                + "which pool size gives the most tasks per second?%n", workload.shapes().get(0).blocked().toNanos() / 1e6);
        SweepReport.sweepAndPrint(workload, full);
    }
}
