package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.sizing.SizingExperiment.Candidate;
import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The README's "formula against measured optimum" table and the tour's verdict line are rendered by
 * {@link SweepReport}; this pins what they say for a sweep whose answer is known.
 */
class SweepReportTest {

    private static final int CORES = 2;
    private static final Workload CPU = Workload.cpuBound(Duration.ofMillis(1)); // formula: N + 1 = 3

    /** A made-up measurement: only the pool size and the throughputs of its runs matter here. */
    private static Measurement measured(int threads, double... throughputs) {
        return new Measurement(new Candidate("pool " + threads, threads, 2 * threads,
                Executors::newVirtualThreadPerTaskExecutor),
                Arrays.stream(throughputs).boxed().toList(), Percentiles.of(List.of(1.0)));
    }

    // Best median 2010 (4 threads); 5 % below it is 1909.5, first reached by the median of 2 threads.
    // Best single run 2100 (2 threads); 5 % below it is 1995, first reached by one lucky run of 1 thread,
    // so the two knees differ and a report that mixed them up would say so. The formula's 3 threads
    // reach 1800 / 2010 = 90 %.
    private final List<Measurement> sweep = List.of(
            measured(1, 1000, 1000, 2050),
            measured(2, 1990, 2000, 2100),
            measured(3, 1800, 1800, 1800),
            measured(4, 2010, 2010, 2010));

    @Test
    void theMarkdownRowGivesFormulaKneesAndTheFormulasShareOfTheBest() {
        assertThat(SweepReport.markdownRow(CPU, sweep, CORES))
                .isEqualTo("| cpu | 0.00 | 3 | 2 | 1 | 2000 (1990 .. 2100) | 90 % |");
    }

    @Test
    void theVerdictSaysTheSameInASentence() {
        assertThat(SweepReport.verdict(CPU, sweep, CORES))
                .contains("formula says 3 threads", "measured knee at 2 threads",
                        "(1 by the best run of each size)", "reached 90 % of the best median");
    }

    @Test
    void aFormulaSizeThatWasNotMeasuredIsSaidToBeSo() {
        List<Measurement> withoutThree = List.of(sweep.get(0), sweep.get(1), sweep.get(3));

        assertThat(SweepReport.markdownRow(CPU, withoutThree, CORES)).endsWith("| not measured |");
        assertThat(SweepReport.verdict(CPU, withoutThree, CORES)).doesNotContain("formula's size");
    }
}
