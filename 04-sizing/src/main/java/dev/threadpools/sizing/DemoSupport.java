package dev.threadpools.sizing;

import dev.threadpools.kit.Machine;
import java.util.List;
import java.util.concurrent.Executors;

/** What the demos share: the usage convention and the way a sweep is run and printed. */
final class DemoSupport {

    private DemoSupport() {
    }

    /** Prints the one-line usage to stderr and exits with status 2, the convention of every demo. */
    static void exitWithUsage(String usage) {
        System.err.println("usage: " + usage);
        System.exit(2);
    }

    /** Figures are only worth something with the machine they came from. */
    static void printMachine() {
        System.out.println("Machine: " + Machine.describe());
        System.out.println("(Timings on a shared or busy machine are noisy: compare the rows of one run,");
        System.out.println(" not runs with each other.)");
    }

    /** Calibrates, runs the quick (or full) sweep of {@code workload} and prints the report. */
    static void sweepAndPrint(Workload workload, boolean full) {
        int cores = Machine.cores();
        SizingExperiment.Settings settings = full ? SizingExperiment.FULL : SizingExperiment.QUICK;
        int[] sizes = Lesson.poolSizes(workload, cores, full);
        printMachine();
        System.out.printf("Pool sizes %s; each run keeps %d tasks per thread in flight for %d ms;%n"
                        + "%d warm-up + %d measured runs per size, interleaved across sizes.%n%n",
                Lesson.describe(sizes), settings.inFlightPerThread(), settings.window().toMillis(),
                settings.warmupRuns(), settings.measuredRuns());
        var experiment = new SizingExperiment(workload, CpuBurner.calibrate(), settings,
                Executors.defaultThreadFactory());
        List<SizingExperiment.Measurement> sweep = experiment.sweep(sizes);
        System.out.print(SweepReport.table(workload, sweep, cores));
    }
}
