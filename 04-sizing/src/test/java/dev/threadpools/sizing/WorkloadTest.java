package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    /** Fast enough to make compute parts negligible in these tests. */
    private final CpuBurner burner = new CpuBurner(1.0);

    @Test
    void aMixIsSizedByTheRatioOfTheSumsNotTheMeanOfTheRatios() {
        Workload mix = Lesson.MIX; // 1 ms CPU-only task + (0.2 ms CPU, 4 ms blocked) task

        assertThat(mix.waitToCompute()).isCloseTo(4.0 / 1.2, within(1e-9));
        double meanOfRatios = (0.0 + 4.0 / 0.2) / 2;
        assertThat(PoolSizing.forUtilisation(2, 1, meanOfRatios)).as("the wrong way asks for 22 threads")
                .isEqualTo(22);
        assertThat(mix.formulaPoolSize(2)).isEqualTo(9);
    }

    @Test
    void theLessonsWorkloadsOnTwoCores() {
        assertThat(Lesson.CPU.formulaPoolSize(2)).as("N + 1").isEqualTo(3);
        assertThat(Lesson.IO.waitToCompute()).isEqualTo(8.0);
        assertThat(Lesson.IO.formulaPoolSize(2)).as("N * (1 + 8)").isEqualTo(18);
    }

    @Test
    void theSimulatedBlockingLastsAtLeastTheWaitTime() {
        Workload io = Workload.ioBound(Duration.ofMillis(1).dividedBy(10), 50); // 5 ms blocked

        long start = System.nanoTime();
        io.runTask(0, burner);

        // parkNanos may wake early; runTask parks again until the deadline, so this cannot fail.
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(5).toNanos());
    }

    @Test
    void taskNumberIRunsShapeIModuloTheCycle() {
        // A cycle of a compute-only shape and a shape that blocks 5 ms: odd task numbers block.
        // Lower bounds only (a park never ends early), so only the blocking shape can be checked.
        Workload cycle = new Workload("cycle", List.of(
                new Workload.TaskShape(Duration.ofNanos(1000), Duration.ZERO),
                new Workload.TaskShape(Duration.ofNanos(1000), Duration.ofMillis(5))));

        for (long index : new long[] {1, 3, 7, -1}) {
            long start = System.nanoTime();
            cycle.runTask(index, burner);
            assertThat(System.nanoTime() - start).as("task %d has the 5 ms blocking shape", index)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(5).toNanos());
        }
    }

    @Test
    void anInterruptEndsTheBlockingEarlyAndStaysSet() {
        Workload longWait = Workload.ioBound(Duration.ofNanos(1000), 10_000_000); // 10 s blocked

        Thread.currentThread().interrupt();
        long start = System.nanoTime();
        longWait.runTask(0, burner);

        assertThat(Thread.interrupted()).as("interrupt status kept for the caller").isTrue();
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void rejectsWorkloadsWithoutARatio() {
        assertThatThrownBy(() -> new Workload("none", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Workload(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Workload.ioBound(Duration.ZERO, 5))
                .as("blocks but never computes: W/C is unbounded").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Workload.ioBound(Duration.ofMillis(1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Workload.TaskShape(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Workload.TaskShape(Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Workload.TaskShape(null, Duration.ZERO)).isInstanceOf(NullPointerException.class);
    }
}
