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
        assertThat(pool.getMaximumPoolSize()).as("create(2, 8): maximum pool size").isEqualTo(2);
        assertThat(pool.getQueue().remainingCapacity()).as("create(2, 8): room in the queue of the fresh pool")
                .isEqualTo(8);

        var result = BackPressureRun.run("budget", pool, 500, Duration.ofNanos(50_000));

        assertThat(result.peakQueue()).as("create(2, 8), a producer submitting 500 tasks as fast as it can: the "
                + "longest queue seen").isLessThanOrEqualTo(8);
        assertThat(result.rejected()).as("create(2, 8), a producer submitting 500 tasks as fast as it can: tasks "
                + "refused to the producer while the pool ran").isZero();
        assertThat(result.dropped()).as("create(2, 8), a producer submitting 500 tasks as fast as it can: tasks "
                + "lost").isZero();
        assertThat(result.ran()).as("create(2, 8), a producer submitting 500 tasks as fast as it can: tasks run")
                .isEqualTo(500);
    }

    @Test
    void afterShutdownTheProducerIsTold() {
        ThreadPoolExecutor pool = Exercise04_MemoryBudget.create(1, 1);
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> { }), "create(1, 1), execute(task) after shutdown(): expected "
                + "a RejectedExecutionException, so that the task does not vanish silently")
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void refusesSizesThatMakeNoSense() {
        assertThatThrownBy(() -> Exercise04_MemoryBudget.create(0, 1),
                "create(0, 1): 0 workers must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise04_MemoryBudget.create(1, 0),
                "create(1, 0): a queue of 0 tasks must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
