package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import dev.threadpools.sizing.SizingExperiment.Candidate;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Demo 08: for blocking work, one virtual thread per task against the pool sized by the formula,
 * same workload, same run.
 *
 * <p>The I/O-bound workload (0.25 ms of CPU, then 2 ms of simulated blocking in {@code parkNanos})
 * with 100 tasks in flight at all times, as if 100 requests were always waiting. Four executors,
 * measured interleaved:
 * <ul>
 *   <li>a pool of N threads: sized for CPU work, it leaves the cores idle while its threads block;</li>
 *   <li>a pool of N * (1 + W/C) threads: the formula's answer;</li>
 *   <li>a pool of 100 platform threads: one per task in flight, the "just make it big" answer;</li>
 *   <li>virtual threads: one per task, no size to choose; a parked virtual thread gives its carrier
 *       back, so the cores stay busy however many tasks block.</li>
 * </ul>
 * Look for: virtual threads match the well-sized pool without knowing W/C. And the time in system:
 * by Little's law it is {@code tasks in flight / throughput}, so at equal throughput it is equal
 * too; virtual threads remove the sizing question, not the queueing for the cores.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=08} ({@code -Dargs=full} for longer runs).
 */
public final class Demo08_VirtualThreadsVsSizedPool {

    private static final int IN_FLIGHT = 100;

    private Demo08_VirtualThreadsVsSizedPool() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args, "Demo08_VirtualThreadsVsSizedPool [full]");
        boolean full = in.word("full");
        in.end();
        int cores = Machine.cores();
        Workload workload = Lesson.IO;
        System.out.printf("I/O-bound tasks (0.25 ms CPU + 2 ms simulated blocking), %d always in flight:%n"
                + "platform pools against one virtual thread per task.%n", IN_FLIGHT);
        CpuBurner burner = CpuBurner.calibrate();
        SweepReport.printMachine(burner);
        List<Measurement> results = compare(workload, cores, full, burner);
        System.out.printf("%n  %-27s %8s %21s %10s %10s %14s%n", "executor", "tasks/s", "min .. max (spread)",
                "run p50 ms", "run p99 ms", "in system (ms)");
        for (Measurement m : results) {
            System.out.printf("  %-27s %8.0f %9.0f .. %-9.0f %10.2f %10.2f %14s%n",
                    describe(m.candidate(), cores, workload), m.medianThroughput(), m.minThroughput(),
                    m.maxThroughput(), m.runTime().p50() / 1e6, m.runTime().p99() / 1e6, meanTimeInSystem(m));
        }
        System.out.println("  (in system: mean time from submission to end, " + IN_FLIGHT
                + " in flight / throughput, by Little's law)");
        System.out.printf("%n  CPU limit for this workload: N / C = %d / %.2f ms = %.0f tasks/s.%n",
                cores, workload.meanCompute().toNanos() / 1e6, cores / (workload.meanCompute().toNanos() / 1e9));
    }

    /** The four candidates, measured in one interleaved run. */
    static List<Measurement> compare(Workload workload, int cores, boolean full, CpuBurner burner) {
        var experiment = new SizingExperiment(workload, burner,
                full ? SizingExperiment.FULL : SizingExperiment.QUICK, Executors.defaultThreadFactory());
        return experiment.compare(List.of(
                experiment.fixedPool(cores, IN_FLIGHT),
                experiment.fixedPool(workload.formulaPoolSize(cores), IN_FLIGHT),
                experiment.fixedPool(IN_FLIGHT, IN_FLIGHT),
                Candidate.virtualThreads(IN_FLIGHT)));
    }

    /** In milliseconds, or "n/a" when the median run finished nothing (NaN run times say the same). */
    static String meanTimeInSystem(Measurement m) {
        return m.meanTimeInSystem().map(d -> String.format("%.1f", d.toNanos() / 1e6)).orElse("n/a");
    }

    static String describe(Candidate candidate, int cores, Workload workload) {
        if (candidate.threads() == 0) {
            return "virtual thread per task";
        }
        if (candidate.threads() == cores) {
            return "pool of N = " + cores;
        }
        if (candidate.threads() == workload.formulaPoolSize(cores)) {
            return "pool of N(1+W/C) = " + candidate.threads();
        }
        return "pool of " + candidate.threads() + " (one per task)";
    }
}
