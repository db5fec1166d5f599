package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.rejection.BackPressureRun;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

@Exercise(Exercise04_MemoryBudget.class)
class Exercise04_MemoryBudgetTest {

    @Test
    void aFastProducerStaysWithinTheBudgetAndNothingIsLost() {
        ThreadPoolExecutor pool = Exercise04_MemoryBudget.create(2, 8);
        assertThat(pool.getMaximumPoolSize()).as("threads").isEqualTo(2);
        assertThat(pool.getQueue().remainingCapacity()).as("room in the queue of a fresh pool").isEqualTo(8);

        var result = BackPressureRun.run("budget", pool, 500, Duration.ofNanos(50_000));

        assertThat(result.peakQueue()).as("longest queue seen").isLessThanOrEqualTo(8);
        assertThat(result.rejected()).as("tasks refused to the producer while the pool ran").isZero();
        assertThat(result.dropped()).as("tasks lost").isZero();
        assertThat(result.ran()).as("tasks run").isEqualTo(500);
    }

    @Test
    void afterShutdownTheProducerIsTold() {
        ThreadPoolExecutor pool = Exercise04_MemoryBudget.create(1, 1);
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> { }))
                .as("a task submitted after shutdown must not vanish silently")
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void refusesSizesThatMakeNoSense() {
        assertThatThrownBy(() -> Exercise04_MemoryBudget.create(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise04_MemoryBudget.create(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
