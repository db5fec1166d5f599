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

        assertThat(ratio).as("W/C of a task with 100 ns wall time, 10 ns of it CPU").isEqualTo(9.0);
        assertThat(runs).as("the task runs exactly 'samples' times").hasValue(4);
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
                .as("(40 - 20) / 20, the ratio of the sums").isEqualTo(1.0);
    }

    @Test
    void waitingIsNeverNegative() {
        assertThat(Exercise02_EstimateWaitToCompute.waitToCompute(task(5, 8), 1, wall::get, cpu::get))
                .as("CPU clock ahead of the wall clock means no waiting, not negative waiting").isEqualTo(0.0);
    }

    @Test
    void refusesATaskWithoutCpuTime() {
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(100, 0), 3, wall::get, cpu::get))
                .as("W/C would be infinite").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(1, 1), 0, wall::get, cpu::get))
                .as("samples = 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(null, 1, wall::get, cpu::get))
                .as("null task").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_EstimateWaitToCompute.waitToCompute(task(1, 1), 1, null, cpu::get))
                .as("null clock").isInstanceOf(NullPointerException.class);
    }
}
