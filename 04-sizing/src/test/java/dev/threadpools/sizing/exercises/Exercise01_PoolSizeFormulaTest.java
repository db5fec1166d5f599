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
                .as("8 cores, 90 ms waiting per 10 ms computing: 8 * (1 + 9)").isEqualTo(80);
    }

    @Test
    void scalesWithUtilisation() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(8, 0.5, 90, 10)).as("half the CPU: 8 * 0.5 * 10").isEqualTo(40);
    }

    @Test
    void roundsUpToWholeThreadsButNotNoise() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(2, 1.0, 1, 4)).as("2 * 1.25 = 2.5 rounds up").isEqualTo(3);
        assertThat(Exercise01_PoolSizeFormula.poolSize(3, 0.1, 9, 1))
                .as("3 * 0.1 * 10 is 3.0000000000000004 in doubles, and means 3 threads").isEqualTo(3);
        assertThat(Exercise01_PoolSizeFormula.poolSize(1, 0.1, 0, 1)).as("never fewer than 1 thread").isEqualTo(1);
    }

    @Test
    void cpuBoundWorkNeedsOneThreadPerCore() {
        assertThat(Exercise01_PoolSizeFormula.poolSize(4, 1.0, 0, 1)).as("W = 0: N threads").isEqualTo(4);
    }

    @Test
    void rejectsValuesThatDescribeNoMachineOrTask() {
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(0, 1, 1, 1))
                .as("cores < 1").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 0, 1, 1))
                .as("U = 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1.01, 1, 1))
                .as("U > 1").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, -1, 1))
                .as("negative wait").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, 1, 0))
                .as("compute time 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, Double.NaN, 1, 1))
                .as("U = NaN").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_PoolSizeFormula.poolSize(2, 1, Double.POSITIVE_INFINITY, 1))
                .as("infinite wait").isInstanceOf(IllegalArgumentException.class);
    }
}
