package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.rejection.SaturatedPool;
import java.time.Duration;
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

            assertThat(oldest.isCancelled()).as("1 busy worker, queue of 1 holding \"oldest\", submit(\"newest\"): "
                    + "the Future of the discarded head, \"oldest\", must be cancelled").isTrue();
            assertThatThrownBy(() -> oldest.get(1, TimeUnit.SECONDS), "get(1 s) on the Future of the discarded "
                    + "task \"oldest\": expected a CancellationException at once, not a wait that times out")
                    .isInstanceOf(CancellationException.class);
            assertThat(saturated.releaseAndAwaitTermination()).as("1 busy worker, queue of 1 holding \"oldest\", "
                    + "submit(\"newest\"): the queued tasks that ran once the worker was free")
                    .containsExactly("newest");
            assertThat(newest).as("the Future of \"newest\", which ran").succeedsWithin(Duration.ofSeconds(1));
        }
    }

    @Test
    void withNothingToDiscardTheNewTaskIsCancelledInsteadOfRecursing() {
        try (SaturatedPool saturated = new SaturatedPool(1, new SynchronousQueue<>(),
                new Exercise03_CancellingDiscardOldestPolicy())) {
            Future<?> future = saturated.executor().submit(saturated.task("nowhere-to-go"));

            assertThat(future.isCancelled()).as("1 busy worker, a SynchronousQueue (no head to drop), submit(task): "
                    + "the new task's Future must be cancelled").isTrue();
        }
    }

    @Test
    void afterShutdownTheNewTaskIsCancelledAndTheQueueIsLeftAlone() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 1, new Exercise03_CancellingDiscardOldestPolicy())) {
            saturated.executor().shutdown();
            Future<?> late = saturated.executor().submit(saturated.task("late"));

            assertThat(late.isCancelled()).as("full pool after shutdown(), submit(\"late\"): the Future of "
                    + "\"late\" must be cancelled").isTrue();
            assertThat(saturated.releaseAndAwaitTermination()).as("full pool after shutdown(), submit(\"late\"): "
                    + "the queued tasks that ran (the queued one, \"queued-1\", must be left alone)")
                    .containsExactly("queued-1");
        }
    }
}
