package dev.threadpools.sizing;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.DemoArgs;
import dev.threadpools.kit.Machine;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Demo 09: the full experiment, as charts and a table.
 *
 * <p>Two modes:
 * <ul>
 *   <li><b>{@code measure DIR}</b> (a few minutes): the full sweep of each workload (CPU, I/O, mix)
 *       and the virtual-thread comparison, with {@link SizingExperiment#FULL} settings. Writes into
 *       {@code DIR} the raw results ({@code sizing-results.csv}), one throughput and one run-time PNG
 *       per workload, the comparison PNG, and {@code figures.md}, the table for the README. Every
 *       setting is fixed in code ({@link Lesson}, {@link SizingExperiment#FULL}), so a re-run on a
 *       quiet machine measures the same experiment. This is the one command behind the README's
 *       figures: {@code ./mvnw -q compile -pl 04-sizing -Ddemo=09 -Dargs="measure docs"}.</li>
 *   <li><b>no arguments</b> (the tour, about a second): reads {@code docs/sizing-results.csv} and
 *       prints each sweep as a text chart, measuring nothing and drawing no PNG (starting AWT alone
 *       takes seconds).</li>
 *   <li><b>{@code redraw DIR}</b>: the same, and redraws the PNGs in {@code DIR} from its results:
 *       for a change to the charts' looks that should not wait for a new measurement.</li>
 * </ul>
 */
@Claim({"J52", "J55", "J58", "J83", "J89"})
public final class Demo09_Charts {

    private static final String USAGE = "Demo09_Charts [measure DIR | redraw DIR]";
    private static final String RESULTS = "sizing-results.csv";
    private static final String VIRTUAL_GROUP = "io-virtual";
    private static final List<Workload> WORKLOADS = List.of(Lesson.CPU, Lesson.IO, Lesson.MIX);

    private Demo09_Charts() {
    }

    public static void main(String[] args) throws IOException {
        DemoArgs in = DemoArgs.of(args, USAGE);
        if (in.isEmpty()) {
            redraw(Path.of("docs", RESULTS), null);
            return;
        }
        String verb = in.oneOf("measure", "redraw");
        Path dir = Path.of(in.text());
        in.end();
        if (verb.equals("measure")) {
            measure(dir);
        } else {
            redraw(dir.resolve(RESULTS), dir);
        }
    }

    private static void measure(Path dir) throws IOException {
        int cores = Machine.cores();
        // The load average says how busy the machine was: on a shared machine, the figures' context.
        String machine = Machine.describe() + ", load average " + Machine.loadAverage() + " at start";
        System.out.println("Full experiment, a few minutes. " + machine);
        CpuBurner burner = CpuBurner.calibrate();
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (Workload workload : WORKLOADS) {
            int[] sizes = Lesson.poolSizes(workload, cores, true);
            System.out.printf("  sweeping %s over %s ...%n", workload.name(), Lesson.describe(sizes));
            groups.put(workload.name(), new SizingExperiment(workload, burner, SizingExperiment.FULL,
                    Executors.defaultThreadFactory()).sweep(sizes));
        }
        System.out.println("  virtual threads against pools, I/O workload ...");
        groups.put(VIRTUAL_GROUP, Demo08_VirtualThreadsVsSizedPool.compare(Lesson.IO, cores, true, burner));
        ResultsFile.write(dir.resolve(RESULTS), machine, burner.provenance(), groups);
        draw(dir, machine, cores, groups);
        Files.writeString(dir.resolve("figures.md"), figuresMarkdown(machine, burner.provenance(), cores, groups));
        System.out.println("Wrote " + dir.resolve(RESULTS) + ", " + dir.resolve("figures.md") + " and the charts.");
    }

    /** Prints the text charts of {@code results}; draws the PNGs into {@code chartDir} unless null. */
    private static void redraw(Path results, Path chartDir) throws IOException {
        if (!Files.isReadable(results)) {
            System.out.println("No " + results + " yet: make it with -Ddemo=09 -Dargs=\"measure docs\".");
            return;
        }
        ResultsFile.Contents contents = ResultsFile.read(results);
        // The formulas need the N of the machine that measured, not of this one.
        int cores = Integer.parseInt(contents.machine().split(" ")[0]);
        System.out.println("The README's figures, read back from " + results);
        System.out.println("measured on:");
        System.out.println("  " + contents.machine());
        System.out.println("CPU work " + contents.calibration());
        for (Workload workload : WORKLOADS) {
            List<Measurement> sweep = contents.groups().get(workload.name());
            if (sweep != null) {
                System.out.println();
                System.out.print(SweepReport.table(workload, sweep, cores));
            }
        }
        System.out.println();
        if (chartDir == null) {
            System.out.println("The PNG charts are in docs/ (redraw them with -Dargs=\"redraw docs\").");
        } else {
            draw(chartDir, contents.machine(), cores, contents.groups());
            System.out.println("PNG charts redrawn into " + chartDir + ".");
        }
    }

    private static void draw(Path dir, String machine, int cores, Map<String, List<Measurement>> groups)
            throws IOException {
        for (Workload workload : WORKLOADS) {
            List<Measurement> sweep = groups.get(workload.name());
            if (sweep != null) {
                SizingCharts.throughput(dir, workload, sweep, cores, machine);
                SizingCharts.runTime(dir, workload, sweep, cores, machine);
            }
        }
        List<Measurement> comparison = groups.get(VIRTUAL_GROUP);
        if (comparison != null) {
            List<String> labels = new ArrayList<>();
            comparison.forEach(m -> labels.add(shortLabel(m, cores)));
            SizingCharts.comparison(dir.resolve("virtual-vs-pools.png"),
                    "I/O workload (W/C = 8), " + comparison.get(0).candidate().inFlight() + " tasks in flight",
                    labels, comparison, machine);
        }
    }

    /** Bar labels must be short, or XChart draws them over each other. */
    private static String shortLabel(Measurement m, int cores) {
        int threads = m.candidate().threads();
        if (threads == 0) {
            return "virtual threads";
        }
        if (threads == Lesson.IO.formulaPoolSize(cores)) {
            return "pool " + threads + " (formula)";
        }
        return threads == cores ? "pool " + threads + " (N)" : "pool " + threads;
    }

    private static String figuresMarkdown(String machine, String calibration, int cores,
            Map<String, List<Measurement>> groups) {
        StringBuilder md = new StringBuilder();
        md.append("Measured on ").append(machine).append("; CPU work ").append(calibration).append(".\n\n");
        md.append(SweepReport.markdownHeader()).append('\n');
        for (Workload workload : WORKLOADS) {
            md.append(SweepReport.markdownRow(workload, groups.get(workload.name()), cores)).append('\n');
        }
        md.append("\n| executor (I/O workload) | tasks/s, median (min .. max) | run time p50 / p99 (ms) | mean time in system (ms) |\n");
        md.append("|---|---|---|---|\n");
        for (Measurement m : groups.get(VIRTUAL_GROUP)) {
            md.append(String.format("| %s | %.0f (%.0f .. %.0f) | %.2f / %.2f | %s |%n",
                    Demo08_VirtualThreadsVsSizedPool.describe(m.candidate(), cores, Lesson.IO),
                    m.medianThroughput(), m.minThroughput(), m.maxThroughput(),
                    m.runTime().p50() / 1e6, m.runTime().p99() / 1e6,
                    Demo08_VirtualThreadsVsSizedPool.meanTimeInSystem(m)));
        }
        return md.toString();
    }
}
