package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.threadpools.kit.Claim;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The formulas as arithmetic: the seed's numbers, the rounding, the validation. */
class PoolSizingTest {

    @Test
    void cpuBoundIsCoresPlusOne() {
        assertThat(PoolSizing.cpuBound(1)).isEqualTo(2);
        assertThat(PoolSizing.cpuBound(2)).isEqualTo(3);
        assertThat(PoolSizing.cpuBound(8)).isEqualTo(9);
    }

    @Claim({"J59", "J62"})
    @Test
    void seedExampleNinetyPercentWaitingOnEightCoresGivesEightyThreads() {
        // "If DB request takes 100ms, 90ms is waiting -> W/S = 9 ... For 8-core CPU: ~80 threads".
        assertThat(PoolSizing.ioBound(8, 90, 10)).isEqualTo(80);
    }

    @Test
    void ioBoundWithoutWaitingIsJustTheCoresTheSpareThreadIsASeparateRule() {
        assertThat(PoolSizing.ioBound(4, 0, 1)).isEqualTo(4);
        assertThat(PoolSizing.cpuBound(4)).isEqualTo(5);
    }

    @Claim("J59")
    @Test
    void utilisationScalesThePoolDown() {
        assertThat(PoolSizing.forUtilisation(8, 1.0, 9)).isEqualTo(PoolSizing.ioBound(8, 9, 1)).isEqualTo(80);
        assertThat(PoolSizing.forUtilisation(8, 0.5, 9)).isEqualTo(40);
        assertThat(PoolSizing.forUtilisation(8, 0.25, 9)).isEqualTo(20);
    }

    @Test
    void roundsUpButNotFloatingPointNoise() {
        assertThat(PoolSizing.forUtilisation(2, 1.0, 0.25)).as("2 * 1.25 = 2.5 threads").isEqualTo(3);
        assertThat(PoolSizing.forUtilisation(2, 1.0, 0.1)).as("2 * 1.1 = 2.2 threads, up, not to nearest").isEqualTo(3);
        assertThat(3 * 0.1 * (1 + 9.0)).as("the noise this guards against").isGreaterThan(3.0);
        assertThat(PoolSizing.forUtilisation(3, 0.1, 9)).isEqualTo(3);
        assertThat(PoolSizing.forUtilisation(1, 0.01, 0)).as("never fewer than one thread").isEqualTo(1);
    }

    @Claim("J53")
    @Test
    void theSpareThreadOfNPlusOneIsTheGeneralFormulaForATaskThatStallsAFewPerCentOfTheTime() {
        // A task that waits 5 % as long as it computes (a page fault now and then): N (1 + 0.05),
        // rounded up, is exactly N + 1 for every N up to 20. The "+1" is not a separate rule.
        for (int cores = 1; cores <= 20; cores++) {
            assertThat(PoolSizing.forUtilisation(cores, 1.0, 0.05)).as("N = %d", cores)
                    .isEqualTo(PoolSizing.cpuBound(cores)).isEqualTo(cores + 1);
        }
        assertThat(PoolSizing.forUtilisation(21, 1.0, 0.05)).as("past N = 20, 5 %% of stalls asks for 2 spares")
                .isEqualTo(23);
    }

    @Claim("J90")
    @Test
    void theFormulaIsLittlesLawAppliedToThreads() {
        int cores = 8;
        double utilisation = 0.75;
        Duration compute = Duration.ofMillis(10);
        Duration wait = Duration.ofMillis(90);
        // N cores at utilisation U finish N * U / C tasks per second; each holds a thread for W + C.
        double arrivalsPerSecond = cores * utilisation / (compute.toNanos() / 1e9);
        double threadsBusy = LittlesLaw.tasksInSystem(arrivalsPerSecond, wait.plus(compute));

        assertThat(threadsBusy).isCloseTo(cores * utilisation * (1 + 9.0), within(1e-9));
        assertThat(PoolSizing.forUtilisation(cores, utilisation, 9)).isEqualTo((int) Math.ceil(threadsBusy - 1e-9));
    }

    @Test
    void rejectsValuesThatDescribeNoMachineOrTask() {
        assertThatThrownBy(() -> PoolSizing.cpuBound(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cores");
        assertThatThrownBy(() -> PoolSizing.ioBound(2, -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waitTime");
        assertThatThrownBy(() -> PoolSizing.ioBound(2, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceTime");
        assertThatThrownBy(() -> PoolSizing.ioBound(2, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSizing.ioBound(2, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSizing.forUtilisation(2, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetUtilisation");
        assertThatThrownBy(() -> PoolSizing.forUtilisation(2, 1.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSizing.forUtilisation(2, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolSizing.forUtilisation(Integer.MAX_VALUE, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
