package dev.threadpools.sizing;

import dev.threadpools.sizing.SizingExperiment.Candidate;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measurements behind the README's figures, kept as CSV next to the charts, so that the charts and
 * tables can be redrawn (and checked) without measuring again. One line per candidate:
 * <pre>
 * group,label,threads,inFlight,throughputs (;-separated, one per run),runCount,runMin,runP50,runP99,runMax
 * </pre>
 * Lines starting with {@code #} are comments: the first says on which machine the figures were
 * measured, the second how the CPU work of the tasks was calibrated ({@link CpuBurner#provenance}).
 * Times are in nanoseconds, throughputs in tasks per second.
 */
public final class ResultsFile {

    /** The measurements of one file, by group (a workload's name, or a comparison's). */
    public record Contents(String machine, String calibration, Map<String, List<Measurement>> groups) {
    }

    /** Files written before the calibration was recorded have no such line. */
    private static final String CALIBRATION = "# CPU work ";

    private static final String HEADER =
            "group,label,threads,inFlight,throughputs,runCount,runMin,runP50,runP99,runMax";

    private ResultsFile() {
    }

    public static void write(Path file, String machine, String calibration, Map<String, List<Measurement>> groups)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + machine.replace('\n', ' '));
        lines.add(CALIBRATION + calibration.replace('\n', ' '));
        lines.add(HEADER);
        groups.forEach((group, measurements) -> measurements.forEach(m -> lines.add(String.join(",",
                group, m.candidate().label(), Integer.toString(m.candidate().threads()),
                Integer.toString(m.candidate().inFlight()),
                m.throughputs().stream().map(t -> String.format(Locale.ROOT, "%.1f", t))
                        .collect(Collectors.joining(";")),
                Integer.toString(m.runTime().count()), number(m.runTime().min()), number(m.runTime().p50()),
                number(m.runTime().p99()), number(m.runTime().max())))));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    public static Contents read(Path file) throws IOException {
        String machine = "";
        String calibration = "not recorded";
        Map<String, List<Measurement>> groups = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(CALIBRATION)) {
                calibration = line.substring(CALIBRATION.length()).strip();
                continue;
            }
            if (line.startsWith("#")) {
                machine = machine.isEmpty() ? line.substring(1).strip() : machine;
                continue;
            }
            if (line.equals(HEADER) || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 10) {
                throw new IOException(file + ": expected 10 fields, got " + f.length + ": " + line);
            }
            Candidate candidate = new Candidate(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), () -> {
                throw new IllegalStateException("read from " + file + ": a record, not something to run");
            });
            List<Double> throughputs = Arrays.stream(f[4].split(";")).map(Double::valueOf).toList();
            Percentiles runTime = new Percentiles(Integer.parseInt(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8]), Double.parseDouble(f[9]));
            groups.computeIfAbsent(f[0], g -> new ArrayList<>()).add(new Measurement(candidate, throughputs, runTime));
        }
        return new Contents(machine, calibration, groups);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
