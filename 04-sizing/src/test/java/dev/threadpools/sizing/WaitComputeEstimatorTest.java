package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WaitComputeEstimatorTest {

    private final AtomicLong wall = new AtomicLong();
    private final AtomicLong cpu = new AtomicLong();
    private final AtomicInteger runs = new AtomicInteger();
    /** A fake task: 10 ns of wall time, of which 2 ns on the CPU. W/C = 8 / 2 = 4. */
    private final Runnable fakeTask = () -> {
        runs.incrementAndGet();
        wall.addAndGet(10);
        cpu.addAndGet(2);
    };
    private final WaitComputeEstimator withFakeClocks = new WaitComputeEstimator(wall::get, cpu::get);

    @Claim("J61")
    @Test
    void waitIsWallMinusCpuAndTheRatioSizesThePool() {
        WaitComputeEstimator.Estimate estimate = withFakeClocks.estimate(fakeTask, 3, 5);

        assertThat(runs).as("3 warm-up + 5 measured runs").hasValue(8);
        assertThat(estimate.samples()).isEqualTo(5);
        assertThat(estimate.meanWall()).isEqualTo(Duration.ofNanos(10));
        assertThat(estimate.meanCpu()).isEqualTo(Duration.ofNanos(2));
        assertThat(estimate.meanWait()).isEqualTo(Duration.ofNanos(8));
        assertThat(estimate.waitToCompute()).isEqualTo(4.0);
        assertThat(estimate.recommendedPoolSize(2, 1.0)).as("2 * (1 + 4)").isEqualTo(10);
        assertThat(estimate.recommendedPoolSize(2, 0.5)).isEqualTo(5);
    }

    @Test
    void warmUpRunsAreRunButNotCounted() {
        // The first 3 runs are slow, as a cold task is (class loading, interpretation): 1000 ns of
        // wall time, 100 ns of CPU. Were they averaged in, the means would not be 10 ns and 2 ns.
        Runnable coldThenWarm = () -> {
            if (runs.incrementAndGet() <= 3) {
                wall.addAndGet(1000);
                cpu.addAndGet(100);
            } else {
                wall.addAndGet(10);
                cpu.addAndGet(2);
            }
        };

        WaitComputeEstimator.Estimate estimate = withFakeClocks.estimate(coldThenWarm, 3, 5);

        assertThat(runs).as("3 warm-up + 5 measured runs").hasValue(8);
        assertThat(estimate.meanWall()).as("mean wall time of the 5 warm runs only").isEqualTo(Duration.ofNanos(10));
        assertThat(estimate.meanCpu()).as("mean CPU time of the 5 warm runs only").isEqualTo(Duration.ofNanos(2));
    }

    @Test
    void aTaskWithoutMeasurableCpuHasNoRatio() {
        assertThatThrownBy(() -> withFakeClocks.estimate(() -> wall.addAndGet(5), 0, 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no measurable CPU");
    }

    @Claim("J61")
    @Test
    void onRealClocksABlockingTaskIsMostlyWaiting() {
        CpuBurner burner = new CpuBurner(1.0);
        // 0.05 ms of CPU work at most, then 5 ms of simulated blocking: W/C is about 100.
        Workload blocking = Workload.ioBound(Duration.ofNanos(50_000), 100);

        WaitComputeEstimator.Estimate estimate = new WaitComputeEstimator()
                .estimate(() -> blocking.runTask(0, burner), 1, 5);

        // A busy machine only makes the wall time, and so W, larger: a lower bound is safe.
        assertThat(estimate.meanWait()).isGreaterThanOrEqualTo(Duration.ofMillis(4));
        assertThat(estimate.waitToCompute()).isGreaterThan(5);
    }

    @Test
    void refusesToMeasureOnAVirtualThreadWhichHasNoCpuClock() throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        Thread.ofVirtual().start(() -> {
            try {
                new WaitComputeEstimator().estimate(() -> { }, 0, 1);
            } catch (Throwable t) {
                failure.set(t);
            }
        }).join();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("platform thread");
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> withFakeClocks.estimate(null, 0, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> withFakeClocks.estimate(fakeTask, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withFakeClocks.estimate(fakeTask, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WaitComputeEstimator(null, cpu::get)).isInstanceOf(NullPointerException.class);
        assertThat(runs).hasValue(0);
    }
}
