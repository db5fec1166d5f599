package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Demo 07: Little's law on a running pool, then the queue bound it picks.
 *
 * <p>Part 1. Tasks arrive every 2 ms (lambda = 500/s) at a pool of 4 threads; each task computes
 * 0.25 ms and blocks 4 ms (simulated I/O, the workload itself). The number of tasks in the system is
 * measured by sampling it about every millisecond, and compared with {@code lambda * W} computed from
 * the arrivals and their times in system. Look for: the two agree within sampling noise; the exact
 * area agrees to rounding, because over a period that starts and ends empty the law is an identity.
 *
 * <p>Part 2. A latency target of 50 ms, tasks that hold a thread for 5 ms, 4 threads: Little's law
 * says the queue may hold {@code 4 * (50 - 5) / 5 = 36} tasks. A burst of 200 tasks arrives at once.
 * Look for: the unbounded queue serves everything but the last task takes about 250 ms; the bounded
 * queue rejects 160 at once and serves the other 40 within about 50 ms.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=07}
 */
public final class Demo07_LittlesLaw {

    private Demo07_LittlesLaw() {
    }

    public static void main(String[] args) throws InterruptedException {
        DemoArgs.none(args, "Demo07_LittlesLaw (takes no arguments)");
        CpuBurner burner = CpuBurner.calibrate();
        Workload work = Workload.ioBound(Duration.ofMillis(1).dividedBy(4), 16);
        System.out.println("Part 1: L = lambda * W on a pool of 4 threads, one arrival every 2 ms,");
        System.out.println("tasks of 0.25 ms CPU + 4 ms simulated I/O");
        SweepReport.printMachine(burner);
        LittlesLawRun.Result run = LittlesLawRun.run(4, 400, Duration.ofMillis(2), () -> work.runTask(0, burner),
                Executors.defaultThreadFactory());
        System.out.printf("  arrivals lambda                  %8.1f tasks/s (%d tasks in %.0f ms)%n",
                run.arrivalRate(), run.tasks(), run.period().toNanos() / 1e6);
        System.out.printf("  mean time in system W            %8.2f ms%n", run.meanTimeInSystem().toNanos() / 1e6);
        System.out.printf("  lambda * W                       %8.3f tasks%n", run.predictedMeanInSystem());
        System.out.printf("  L sampled about every 1 ms       %8.3f tasks (%d samples)%n",
                run.sampledMeanInSystem(), run.samples());
        System.out.printf("  L exact (area under the curve)   %8.3f tasks%n", run.exactMeanInSystem());

        System.out.println();
        int threads = 4;
        Duration service = Duration.ofMillis(5);
        Duration target = Duration.ofMillis(50);
        int capacity = LittlesLaw.queueCapacity(threads, service, target);
        System.out.printf("Part 2: a burst of 200 tasks of %d ms each, %d threads, latency target %d ms%n",
                service.toMillis(), threads, target.toMillis());
        System.out.printf("  Little's law: queue bound = %d * (%d - %d) / %d = %d%n", threads, target.toMillis(),
                service.toMillis(), service.toMillis(), capacity);
        Workload fiveMillis = Workload.ioBound(Duration.ofMillis(1).dividedBy(10), 49);
        Runnable task = () -> fiveMillis.runTask(0, burner);
        System.out.printf("  %-22s %9s %9s %22s%n", "queue", "accepted", "rejected", "slowest accepted (ms)");
        for (int bound : new int[] {QueueBoundBurst.UNBOUNDED, capacity}) {
            QueueBoundBurst.Result result = QueueBoundBurst.run(threads, bound, 200, task,
                    Executors.defaultThreadFactory());
            System.out.printf("  %-22s %9d %9d %22.1f%n",
                    bound == QueueBoundBurst.UNBOUNDED ? "unbounded" : "bounded at " + bound,
                    result.accepted(), result.rejected(), result.worstTimeInSystem().toNanos() / 1e6);
        }
    }
}
