package dev.threadpools.shutdown.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.shutdown.InterruptProbe;
import dev.threadpools.shutdown.InterruptProbe.Ending;
import dev.threadpools.shutdown.InterruptProbe.Kind;
import dev.threadpools.shutdown.TaskLedger;
import dev.threadpools.shutdown.TrackingThreadFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise03_ResumeBacklog.class)
class Exercise03_ResumeBacklogTest {

    private static final int QUEUED = 200;

    private final ExecutorService old = Executors.newSingleThreadExecutor(new TrackingThreadFactory("old"));
    private final ExecutorService next = Executors.newSingleThreadExecutor(new TrackingThreadFactory("next"));
    private final InterruptProbe running = new InterruptProbe(Kind.HONOURS_INTERRUPT);

    @AfterEach
    void cleanUp() throws InterruptedException {
        running.close();
        for (ExecutorService pool : List.of(old, next)) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Occupies the old pool's only worker, so that everything else waits in its queue. */
    private void occupyOld() throws InterruptedException {
        old.execute(running);
        assertThat(running.awaitStarted(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void everyQueuedTaskRunsExactlyOnceInTheNextPool() throws InterruptedException {
        occupyOld();
        TaskLedger ledger = new TaskLedger(QUEUED);
        IntStream.range(0, QUEUED).forEach(i -> old.execute(ledger.task(i)));

        Exercise03_ResumeBacklog.Moved moved = Exercise03_ResumeBacklog.resume(old, next);
        next.close();

        assertThat(moved.moved()).as("all queued tasks moved").isEqualTo(QUEUED);
        assertThat(moved.rejectedByNext()).isEmpty();
        assertThat(ledger.everyTaskAccountedForOnce()).as("each task ran exactly once").isTrue();
        assertThat(ledger.ran()).isEqualTo(QUEUED);
    }

    @Test
    void theOldPoolIsStoppedAndItsRunningTaskInterrupted() throws InterruptedException {
        occupyOld();

        Exercise03_ResumeBacklog.resume(old, next);

        assertThat(old.isShutdown()).as("the old pool is shut down").isTrue();
        assertThat(running.awaitEnded(10, TimeUnit.SECONDS)).isTrue();
        assertThat(running.ending()).as("the running task was interrupted (shutdownNow)").isEqualTo(Ending.INTERRUPTED);
    }

    @Test
    void theBacklogKeepsItsOrder() throws InterruptedException {
        occupyOld();
        List<Integer> order = new CopyOnWriteArrayList<>();
        IntStream.range(0, 20).forEach(i -> old.execute(() -> order.add(i)));

        Exercise03_ResumeBacklog.resume(old, next);
        next.close();

        assertThat(order).as("run in the order they were queued")
                .containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void tasksTheNextPoolRejectsAreReturnedNotDropped() throws InterruptedException {
        occupyOld();
        Runnable a = () -> { };
        Runnable b = () -> { };
        old.execute(a);
        old.execute(b);
        next.shutdown();

        Exercise03_ResumeBacklog.Moved moved = Exercise03_ResumeBacklog.resume(old, next);

        assertThat(moved.moved()).as("a shut-down pool accepts nothing").isZero();
        assertThat(moved.rejectedByNext()).as("the rejected tasks, in order").containsExactly(a, b);
    }

    @Test
    void rejectsNullPools() {
        assertThatThrownBy(() -> Exercise03_ResumeBacklog.resume(null, next)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise03_ResumeBacklog.resume(old, null)).isInstanceOf(NullPointerException.class);
    }
}
