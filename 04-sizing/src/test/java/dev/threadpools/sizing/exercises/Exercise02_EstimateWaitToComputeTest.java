package dev.threadpools.sizing.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_EstimateWaitToCompute.class)
class Exercise02_EstimateWaitToComputeTest {

    private final AtomicLong wall = new AtomicLong(1_000);
    private final AtomicLong cpu = new AtomicLong(500);
    private final AtomicInteger runs = new AtomicInteger();

    /** Fake work: each run takes {@code wallNanos} of wall time, {@code cpuNanos} of them on a CPU. */
    private Runnable task(long wallNanos, long cpuNanos) {
        return () -> {
            runs.incrementAndGet();
            wall.addAndGet(wallNanos);
            cpu.addAndGet(cpuNanos);
        };
    }

    @Test
    void ninetyWaitingPerTenComputingIsNine() {
        double ratio = Exercise02_EstimateWaitToCompute.waitToCompute(task(100, 10), 4, wall::get, cpu::get);

        assertThat(ratio).as("waitToCompute(a task of 100 ns wall time, 10 ns of it on CPU, 4 samples): W/C = "
                + "(100 - 10) / 10").isEqualTo(9.0);
        assertThat(runs).as("waitToCompute(task, 4 samples, ...): times the task ran (exactly 'samples' times)")
                .hasValue(4);
    }

    @Test
    void averagesOverRunsThatDiffer() {
        AtomicInteger call = new AtomicInteger();
        Runnable unevenTask = () -> {
            // First run: 30 wall, 10 CPU. Second run: 10 wall, 10 CPU. Totals: 40 wall, 20 CPU.
            boolean first = call.getAndIncrement() == 0;
            wall.addAndGet(first ? 30 : 10);
            cpu.addAndGet(10);
        };

        assertThat(Exercise02_EstimateWaitToCompute.waitToCompute(unevenTask, 2, wall::get, cpu::get))
                .as("waitToCompute(runs of 30/10 then 10/10 ns wall/CPU, 2 samples): (40 - 20) / 20, the ratio of "
                        + "the sums, not the mean of the ratios").isEqualTo(1.0);
    }

    @Test
    void waitingIsNeverNegative() {
        assertThat(Exercise02_EstimateWaitToCompute.waitToCompute(task(5, 8), 1, wall::get, cpu::get))
                .as("waitToCompute(a task of 5 ns wall time and 8 ns CPU, 1 sample): the CPU clock ahead of the "
                        + "wall clock means no waiting (0.0), not negative waiting").isEqualTo(0.0);
    }

    @Test
    void refusesATaskWithoutCpuTime() {
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(100, 0), 3, wall::get, cpu::get),
                "waitToCompute(a task that used no CPU time, 3 samples): W/C would be infinite, so expected an "
                        + "IllegalStateException").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(1, 1), 0, wall::get, cpu::get),
                "waitToCompute(task, 0 samples, ...): expected an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(null, 1, wall::get, cpu::get),
                "waitToCompute(null, 1, ...): expected a NullPointerException").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(1, 1), 1, null, cpu::get),
                "waitToCompute(task, 1, null wall clock, cpu clock): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
