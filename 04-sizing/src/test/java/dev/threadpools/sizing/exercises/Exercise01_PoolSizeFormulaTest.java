package dev.threadpools.sizing.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import org.junit.jupiter.api.Test;

@Exercise(Exercise01_PoolSizeFormula.class)
class Exercise01_PoolSizeFormulaTest {

    @Test
    void computesTheSeedsExample() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(8, 1.0, 90, 10))
                .as("poolSize(8 cores, U 1.0, W 90, C 10): 8 * 1.0 * (1 + 90 / 10)").isEqualTo(80);
    }

    @Test
    void scalesWithUtilisation() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(8, 0.5, 90, 10))
                .as("poolSize(8 cores, U 0.5, W 90, C 10), half the CPU: 8 * 0.5 * (1 + 90 / 10)").isEqualTo(40);
    }

    @Test
    void roundsUpToWholeThreadsButNotNoise() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(2, 1.0, 1, 4))
                .as("poolSize(2 cores, U 1.0, W 1, C 4): 2 * 1.25 = 2.5 threads rounds up").isEqualTo(3);
        assertThat(Exercise01_PoolSizeFormula.poolSize(3, 0.1, 9, 1))
                .as("poolSize(3 cores, U 0.1, W 9, C 1): 3 * 0.1 * 10 is 3.0000000000000004 in doubles, and means "
                        + "3 threads").isEqualTo(3);
        assertThat(Exercise01_PoolSizeFormula.poolSize(1, 0.1, 0, 1))
                .as("poolSize(1 core, U 0.1, W 0, C 1): 0.1 threads, but never fewer than 1").isEqualTo(1);
    }

    @Test
    void cpuBoundWorkNeedsOneThreadPerCore() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(4, 1.0, 0, 1))
                .as("poolSize(4 cores, U 1.0, W 0, C 1), no waiting: one thread per core").isEqualTo(4);
    }

    @Test
    void rejectsValuesThatDescribeNoMachineOrTask() {
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(0, 1, 1, 1),
                "poolSize(0 cores, ...): expected an IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 0, 1, 1),
                "poolSize(2, U 0, ...): expected an IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1.01, 1, 1),
                "poolSize(2, U 1.01, ...): U above 1 must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, -1, 1),
                "poolSize(2, 1, W -1, C 1): a negative wait must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, 1, 0),
                "poolSize(2, 1, W 1, C 0): a compute time of 0 must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, Double.NaN, 1, 1),
                "poolSize(2, U NaN, 1, 1): expected an IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, Double.POSITIVE_INFINITY, 1),
                "poolSize(2, 1, W Infinity, C 1): an infinite wait must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
