package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The simulated compute: a calibrated burner costs about the CPU time it is asked for, measured on the
 * thread's own CPU clock, which a busy machine slows down in wall time but not in CPU time.
 */
class CpuBurnerTest {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void aCalibratedBurnerCostsAboutTheCpuTimeItIsAskedFor() {
        CpuBurner burner = CpuBurner.calibrate();
        long asked = Duration.ofMillis(20).toNanos();

        long cpuStart = threads.getCurrentThreadCpuTime();
        burner.burn(asked);
        long used = threads.getCurrentThreadCpuTime() - cpuStart;

        // Calibration keeps the fastest round, so a burn is rarely cheaper than asked; a hyperthread
        // sibling or a frequency change can make it dearer. A factor of 2 below and 5 above leaves room
        // for both and still catches a burner that ignores its argument or its calibration.
        assertThat(used).as("CPU nanoseconds used by burn(%d)", asked).isBetween(asked / 2, asked * 5);
    }

    @Test
    void twiceTheWorkCostsAboutTwiceTheCpu() {
        CpuBurner burner = CpuBurner.calibrate();
        burner.burn(Duration.ofMillis(5).toNanos()); // warm the loop up at this call site

        long small = cpuTimeOf(burner, Duration.ofMillis(10).toNanos());
        long large = cpuTimeOf(burner, Duration.ofMillis(40).toNanos());

        assertThat((double) large / small).as("CPU time of burn(40 ms) over burn(10 ms)").isBetween(2.0, 8.0);
    }

    @Test
    void calibrationRefusesAVirtualThreadWhichHasNoCpuClock() throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        Thread virtual = Thread.ofVirtual().start(() -> {
            try {
                CpuBurner.calibrate();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        assertThat(virtual.join(Duration.ofSeconds(30))).as("the virtual thread ended").isTrue();

        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("CPU time");
    }

    @Test
    void rejectsSpeedsAndDurationsThatCannotBurn() {
        assertThatThrownBy(() -> new CpuBurner(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpuBurner(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CpuBurner(1).burn(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cpuNanos");
    }

    private long cpuTimeOf(CpuBurner burner, long nanos) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        burner.burn(nanos);
        return threads.getCurrentThreadCpuTime() - cpuStart;
    }
}
