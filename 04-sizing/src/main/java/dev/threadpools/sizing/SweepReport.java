package dev.threadpools.sizing;

import dev.threadpools.kit.Machine;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;

/**
 * Turns a sweep into text: the table and bar chart the demos print (with the machine they ran on),
 * and the Markdown row the README's figures are made of. Written once here so that every demo
 * reports a sweep the same way.
 */
public final class SweepReport {

    /** Tolerance for {@link SizingExperiment#knee}: within 5 % of the best is "as good". */
    public static final double KNEE_TOLERANCE = 0.05;

    private SweepReport() {
    }

    /** Table with spread and latency, then the throughput as a bar chart with the formula marked. */
    public static String table(Workload workload, List<Measurement> sweep, int cores) {
        int formula = workload.formulaPoolSize(cores);
        Measurement knee = SizingExperiment.knee(sweep, KNEE_TOLERANCE);
        StringBuilder out = new StringBuilder();
        out.append(String.format("  %7s %12s %21s %12s %12s%n",
                "threads", "tasks/s", "min .. max (spread)", "run p50 ms", "run p99 ms"));
        List<TextChart.Bar> bars = new ArrayList<>();
        for (Measurement m : sweep) {
            int threads = m.candidate().threads();
            out.append(String.format("  %7d %12.0f %9.0f .. %-9.0f %12.2f %12.2f%n", threads,
                    m.medianThroughput(), m.minThroughput(), m.maxThroughput(),
                    m.runTime().p50() / 1e6, m.runTime().p99() / 1e6));
            String note = (threads == formula ? "<- formula " : "") + (m == knee ? "<- measured knee" : "");
            bars.add(new TextChart.Bar("pool " + threads, m.medianThroughput(), note.strip()));
        }
        out.append(System.lineSeparator()).append("  median throughput (tasks/s):").append(System.lineSeparator());
        out.append(TextChart.render(bars, 40));
        out.append(System.lineSeparator()).append(verdict(workload, sweep, cores)).append(System.lineSeparator());
        return out.toString();
    }

    /**
     * The figures both renderings report: the formula's pool size, the knee by median and by best run,
     * and the formula-sized pool's median as a percentage of the best median (empty if that size was
     * not measured).
     */
    private record Comparison(int formula, Measurement knee, Measurement bestRunKnee,
            OptionalDouble percentAtFormula) {

        static Comparison of(Workload workload, List<Measurement> sweep, int cores) {
            int formula = workload.formulaPoolSize(cores);
            OptionalDouble atFormula = sweep.stream()
                    .filter(m -> m.candidate().threads() == formula)
                    .mapToDouble(m -> 100 * m.medianThroughput() / bestMedian(sweep))
                    .findFirst();
            return new Comparison(formula, SizingExperiment.knee(sweep, KNEE_TOLERANCE),
                    SizingExperiment.knee(sweep, KNEE_TOLERANCE, Measurement::maxThroughput), atFormula);
        }
    }

    /** One sentence: the formula's answer, the measured knee, and how their throughputs compare. */
    public static String verdict(Workload workload, List<Measurement> sweep, int cores) {
        Comparison c = Comparison.of(workload, sweep, cores);
        String atFormula = c.percentAtFormula().isPresent()
                ? String.format(";%n  at the formula's size the pool reached %.0f %% of the best median",
                        c.percentAtFormula().getAsDouble())
                : "";
        return String.format("  %s: formula says %d threads (W/C = %.2f, N = %d); measured knee at %d threads%n"
                        + "  (%d by the best run of each size)%s.", workload.name(), c.formula(),
                workload.waitToCompute(), cores, c.knee().candidate().threads(),
                c.bestRunKnee().candidate().threads(), atFormula);
    }

    /** A Markdown table row: workload, W/C, formula, knees, throughput at formula vs best. */
    public static String markdownRow(Workload workload, List<Measurement> sweep, int cores) {
        Comparison c = Comparison.of(workload, sweep, cores);
        String atFormula = c.percentAtFormula().isPresent()
                ? String.format("%.0f %%", c.percentAtFormula().getAsDouble())
                : "not measured";
        Measurement knee = c.knee();
        return String.format("| %s | %.2f | %d | %d | %d | %.0f (%.0f .. %.0f) | %s |", workload.name(),
                workload.waitToCompute(), c.formula(), knee.candidate().threads(),
                c.bestRunKnee().candidate().threads(), knee.medianThroughput(), knee.minThroughput(),
                knee.maxThroughput(), atFormula);
    }

    /** The header that goes with {@link #markdownRow}. */
    public static String markdownHeader() {
        return """
                | workload | W/C | formula (threads) | knee by median (threads) | knee by best run (threads) | tasks/s at the median knee: median (min .. max) | median at the formula's size, % of best median |
                |---|---|---|---|---|---|---|""";
    }

    private static double bestMedian(List<Measurement> sweep) {
        return sweep.stream().mapToDouble(Measurement::medianThroughput).max().orElseThrow();
    }

    /** Figures are only worth something with the machine they came from. */
    public static void printMachine(CpuBurner burner) {
        System.out.println("Machine: " + Machine.describe());
        System.out.println("CPU work " + burner.provenance());
        System.out.println("(Timings on a shared or busy machine are noisy: compare the rows of one run,");
        System.out.println(" not runs with each other.)");
    }

    /** Calibrates, runs the quick (or full) sweep of {@code workload} and prints the report. */
    public static void sweepAndPrint(Workload workload, boolean full) {
        int cores = Machine.cores();
        SizingExperiment.Settings settings = full ? SizingExperiment.FULL : SizingExperiment.QUICK;
        int[] sizes = Lesson.poolSizes(workload, cores, full);
        CpuBurner burner = CpuBurner.calibrate();
        printMachine(burner);
        System.out.printf("Pool sizes %s; each run keeps %d tasks per thread in flight for %d ms;%n"
                        + "%d warm-up + %d measured runs per size, interleaved across sizes.%n%n",
                Lesson.describe(sizes), settings.inFlightPerThread(), settings.window().toMillis(),
                settings.warmupRuns(), settings.measuredRuns());
        var experiment = new SizingExperiment(workload, burner, settings,
                Executors.defaultThreadFactory());
        List<Measurement> sweep = experiment.sweep(sizes);
        System.out.print(table(workload, sweep, cores));
    }
}
