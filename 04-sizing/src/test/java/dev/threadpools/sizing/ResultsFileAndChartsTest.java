package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.sizing.SizingExperiment.Candidate;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart command's two outputs: raw results that read back as written, and real PNG files. */
class ResultsFileAndChartsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private final List<Measurement> sweep = List.of(measurement(1, 100, 120), measurement(3, 290, 310),
            measurement(12, 295, 305));

    @Test
    void resultsReadBackAsWritten() throws IOException {
        Path file = dir.resolve("results.csv");
        ResultsFile.write(file, "2 cores, test CPU, JDK 21", "calibrated: 0.5 iterations/ns", Map.of("cpu", sweep));

        ResultsFile.Contents contents = ResultsFile.read(file);

        assertThat(contents.machine()).isEqualTo("2 cores, test CPU, JDK 21");
        assertThat(contents.calibration()).isEqualTo("calibrated: 0.5 iterations/ns");
        List<Measurement> read = contents.groups().get("cpu");
        assertThat(read).hasSize(3);
        assertThat(read).extracting(m -> m.candidate().threads()).containsExactly(1, 3, 12);
        assertThat(read).extracting(m -> m.candidate().label()).containsExactly("pool 1", "pool 3", "pool 12");
        assertThat(read).extracting(m -> m.candidate().inFlight()).as("tasks in flight, 2 per thread")
                .containsExactly(2, 6, 24);
        assertThat(read.get(1).throughputs()).containsExactly(290.0, 300.0, 310.0);
        assertThat(read).extracting(Measurement::runTime).as("run-time percentiles, all five fields")
                .containsExactlyElementsOf(sweep.stream().map(Measurement::runTime).toList());
    }

    @Test
    void chartsArePngFilesWithTheWorkloadInTheirName() throws IOException {
        Path throughput = SizingCharts.throughput(dir, Lesson.CPU, sweep, 2, "2 cores, test");
        Path runTime = SizingCharts.runTime(dir, Lesson.CPU, sweep, 2, "2 cores, test");
        Path comparison = SizingCharts.comparison(dir.resolve("bars.png"), "t", List.of("a", "b", "c"), sweep, "m");

        for (Path png : List.of(throughput, runTime, comparison)) {
            assertThat(png).exists();
            byte[] head = Arrays.copyOf(Files.readAllBytes(png), PNG_SIGNATURE.length);
            assertThat(head).as(png + " starts with the PNG signature").isEqualTo(PNG_SIGNATURE);
        }
        assertThat(throughput.getFileName()).hasToString("throughput-cpu.png");
        assertThat(runTime.getFileName()).hasToString("runtime-cpu.png");
    }

    private static Measurement measurement(int threads, double low, double high) {
        return new Measurement(new Candidate("pool " + threads, threads, 2 * threads, () -> {
            throw new AssertionError("not run");
        }), List.of(low, (low + high) / 2, high), Percentiles.of(List.of(500_000L, 600_000L, 9_000_000L)));
    }
}
