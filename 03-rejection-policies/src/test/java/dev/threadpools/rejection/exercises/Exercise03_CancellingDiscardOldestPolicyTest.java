package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.rejection.SaturatedPool;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@Exercise(Exercise03_CancellingDiscardOldestPolicy.class)
class Exercise03_CancellingDiscardOldestPolicyTest {

    @Test
    void theDiscardedHeadIsCancelledAndTheNewTaskRuns() throws Exception {
        try (SaturatedPool saturated = new SaturatedPool(1, new ArrayBlockingQueue<>(1),
                new Exercise03_CancellingDiscardOldestPolicy())) {
            Future<?> oldest = saturated.executor().submit(saturated.task("oldest"));
            Future<?> newest = saturated.executor().submit(saturated.task("newest"));

            assertThat(oldest.isCancelled()).as("the discarded head's Future is cancelled").isTrue();
            assertThatThrownBy(() -> oldest.get(1, TimeUnit.SECONDS))
                    .as("get() on the discarded task fails at once instead of waiting forever")
                    .isInstanceOf(CancellationException.class);
            assertThat(saturated.releaseAndAwaitTermination()).as("tasks that ran").containsExactly("newest");
            assertThat(newest.get(1, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    void withNothingToDiscardTheNewTaskIsCancelledInsteadOfRecursing() {
        try (SaturatedPool saturated = new SaturatedPool(1, new SynchronousQueue<>(),
                new Exercise03_CancellingDiscardOldestPolicy())) {
            Future<?> future = saturated.executor().submit(saturated.task("nowhere-to-go"));

            assertThat(future.isCancelled()).as("no head to drop: the new task is cancelled").isTrue();
        }
    }

    @Test
    void afterShutdownTheNewTaskIsCancelledAndTheQueueIsLeftAlone() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new Exercise03_CancellingDiscardOldestPolicy())) {
            saturated.executor().shutdown();
            Future<?> late = saturated.executor().submit(saturated.task("late"));

            assertThat(late.isCancelled()).as("a task submitted after shutdown is cancelled").isTrue();
            assertThat(saturated.releaseAndAwaitTermination()).as("the queued task still runs")
                    .containsExactly("queued-1");
        }
    }
}
