package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a container's CPU limit does to availableProcessors(), shown with the flag that overrides the
 * detection: no container can be started on the build machine.
 */
class AvailableProcessorsTest {

    @Test
    void activeProcessorCountOfOneMakesTheJvmSeeOneCpuAndShrinksEveryFormula() throws InterruptedException {
        AvailableProcessors.Report report = AvailableProcessors.inChildJvm(List.of("-XX:ActiveProcessorCount=1"));

        assertThat(report.availableProcessors()).isEqualTo(1);
        assertThat(PoolSizing.cpuBound(report.availableProcessors())).isEqualTo(2);
        assertThat(report.commonPoolParallelism()).as("the common pool follows it too").isEqualTo(1);
    }

    @Test
    void theJvmBelievesTheFlagEvenAboveTheRealCoreCount() throws InterruptedException {
        int claimed = Runtime.getRuntime().availableProcessors() + 5;

        AvailableProcessors.Report report = AvailableProcessors.inChildJvm(
                List.of("-XX:ActiveProcessorCount=" + claimed));

        assertThat(report.availableProcessors()).isEqualTo(claimed);
    }

    @Test
    void aChildWithoutFlagsSeesWhatThisJvmSees() throws InterruptedException {
        assertThat(AvailableProcessors.inChildJvm(List.of()).availableProcessors())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void rejectsNullFlags() {
        assertThatThrownBy(() -> AvailableProcessors.inChildJvm(null)).isInstanceOf(NullPointerException.class);
    }
}
