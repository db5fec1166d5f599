package dev.threadpools.sizing;

import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
/**
 * Demo 01: the sizing formulas, worked out for this machine and for bigger ones.
 *
 * <p>Three formulas, one idea (see {@link PoolSizing}): a pool needs one thread per core that is
 * computing, plus enough extra threads to keep the core busy while others are blocked.
 * <ul>
 *   <li>CPU-bound: {@code N + 1};</li>
 *   <li>I/O-bound: {@code N * (1 + W/S)};</li>
 *   <li>with a utilisation target: {@code N * U * (1 + W/C)}.</li>
 * </ul>
 * The second table is the "2-core caveat": the experiments of this module ran on two cores, and what
 * they found about the <em>shape</em> (rise, knee, plateau) carries over; the <em>position</em> of the
 * knee is what the formula predicts for a bigger machine: it moves in proportion to the cores.
 *
 * <p>Run: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=01} (optionally {@code -Dargs="CORES W/C U"}).
 */
public final class Demo01_Formulas {

    private static final String USAGE = "Demo01_Formulas [CORES >= 1 [W/C >= 0 [U in (0,1]]]]";

    private Demo01_Formulas() {
    }

    public static void main(String[] args) {
        DemoArgs in = DemoArgs.of(args, USAGE);
        if (!in.isEmpty()) {
            int cores = in.positiveInt(1);
            double ratio = in.doubleWhere(waitToCompute -> waitToCompute >= 0, 0);
            double utilisation = in.doubleWhere(u -> u > 0 && u <= 1, 1);
            in.end();
            int threads;
            try {
                threads = PoolSizing.forUtilisation(cores, utilisation, ratio);
            } catch (IllegalArgumentException moreThreadsThanAnIntCounts) {
                throw in.reject();
            }
            System.out.printf("N * U * (1 + W/C) = %d * %.2f * (1 + %.2f) -> %d threads%n",
                    cores, utilisation, ratio, threads);
            return;
        }
        int cores = Machine.cores();
        System.out.println("Pool-size formulas, with N = Runtime.availableProcessors() = " + cores
                + " (" + Machine.describe() + ")");
        System.out.println();
        System.out.printf("  %-46s %8s%n", "task", "threads");
        System.out.printf("  %-46s %8d%n", "CPU-bound: N + 1", PoolSizing.cpuBound(cores));
        for (double ratio : new double[] {1, 4, 9, 20}) {
            System.out.printf("  %-46s %8d%n",
                    String.format("I/O-bound, W/S = %-4.0f: N * (1 + W/S)", ratio), PoolSizing.ioBound(cores, ratio, 1));
        }
        for (double utilisation : new double[] {0.5, 0.25}) {
            System.out.printf("  %-46s %8d%n",
                    String.format("W/C = 9, only %2.0f %% of the CPU: N * U * (1 + W/C)", 100 * utilisation),
                    PoolSizing.forUtilisation(cores, utilisation, 9));
        }
        System.out.println();
        System.out.println("The seed's example: \"90% waiting -> W/S = 9; for 8-core CPU: ~80 threads\":");
        System.out.println("  PoolSizing.ioBound(8, 90, 10) = " + PoolSizing.ioBound(8, 90, 10));
        System.out.println();
        System.out.println("The same workloads on bigger machines: what the formula predicts (the knee moves with N):");
        Workload[] workloads = {Lesson.CPU, Lesson.MIX, Lesson.IO};
        System.out.printf("  %6s", "cores");
        for (Workload workload : workloads) {
            System.out.printf(" %18s", workload.name() + " (W/C " + String.format("%.2f", workload.waitToCompute()) + ")");
        }
        System.out.println();
        for (int n : new int[] {1, 2, 4, 8, 16, 64}) {
            System.out.printf("  %6d", n);
            for (Workload workload : workloads) {
                System.out.printf(" %18d", workload.formulaPoolSize(n));
            }
            System.out.println(n == cores ? "   <- this machine" : "");
        }
    }
}
