package dev.threadpools.shutdown.exercises;

import static dev.threadpools.shutdown.exercises.NamedTasks.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.shutdown.InterruptProbe;
import dev.threadpools.shutdown.InterruptProbe.Ending;
import dev.threadpools.shutdown.InterruptProbe.Kind;
import dev.threadpools.shutdown.TaskLedger;
import dev.threadpools.shutdown.TrackingThreadFactory;
import java.time.Duration;
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
    /** How long the test waits for a pool to terminate or a task to start or end: milliseconds, when right. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final ExecutorService old = Executors.newSingleThreadExecutor(new TrackingThreadFactory("old"));
    private final ExecutorService next = Executors.newSingleThreadExecutor(new TrackingThreadFactory("next"));
    private final InterruptProbe running = new InterruptProbe(Kind.HONOURS_INTERRUPT);

    @AfterEach
    void cleanUp() throws InterruptedException {
        running.close();
        for (ExecutorService pool : List.of(old, next)) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                    .as("after the test, a pool terminated within %d ms of shutdownNow()", WITHIN.toMillis()).isTrue();
        }
    }

    /** Occupies the old pool's only worker, so that everything else waits in its queue. */
    private void occupyOld() throws InterruptedException {
        old.execute(running);
        assertThat(running.awaitStarted(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("the test's first task started on the old pool's only thread").isTrue();
    }

    @Test
    void everyQueuedTaskRunsExactlyOnceInTheNextPool() throws InterruptedException {
        occupyOld();
        TaskLedger ledger = new TaskLedger(QUEUED);
        IntStream.range(0, QUEUED).forEach(i -> old.execute(ledger.task(i)));

        Exercise03_ResumeBacklog.Moved moved = Exercise03_ResumeBacklog.resume(old, next);
        next.close();

        assertThat(moved.moved()).as("resume(old with 200 queued tasks, next): moved(), the tasks next accepted")
                .isEqualTo(QUEUED);
        assertThat(moved.rejectedByNext()).as("resume(old with 200 queued tasks, next): rejectedByNext(), none "
                + "as next is running").isEmpty();
        assertThat(ledger.ran()).as("resume(old with 200 queued tasks, next): tasks that ran in next")
                .isEqualTo(QUEUED);
        assertThat(IntStream.range(0, QUEUED).filter(i -> ledger.timesRun(i) != 1).boxed().toList())
                .as("resume(old with 200 queued tasks, next): the tasks that did not run exactly once").isEmpty();
    }

    @Test
    void theOldPoolIsStoppedAndItsRunningTaskInterrupted() throws InterruptedException {
        occupyOld();

        Exercise03_ResumeBacklog.resume(old, next);

        assertThat(old.isShutdown()).as("resume(old, next): old must be shut down when the call returns").isTrue();
        assertThat(running.awaitEnded(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("resume(old running a task that ends only on an interrupt, next): the task had not ended %d ms "
                        + "after the call (old must be stopped with shutdownNow(), which interrupts)", WITHIN.toMillis())
                .isTrue();
        assertThat(running.ending()).as("resume(old running a task, next): how old's running task ended (it must "
                + "be interrupted by shutdownNow())").isEqualTo(Ending.INTERRUPTED);
    }

    @Test
    void theBacklogKeepsItsOrder() throws InterruptedException {
        occupyOld();
        List<Integer> order = new CopyOnWriteArrayList<>();
        IntStream.range(0, 20).forEach(i -> old.execute(() -> order.add(i)));

        Exercise03_ResumeBacklog.resume(old, next);
        next.close();

        assertThat(order).as("resume(old with tasks 0 to 19 queued, next): the order they ran in next (the "
                + "order they were queued)")
                .containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void tasksTheNextPoolRejectsAreReturnedNotDropped() throws InterruptedException {
        occupyOld();
        Runnable a = named("task a");
        Runnable b = named("task b");
        old.execute(a);
        old.execute(b);
        next.shutdown();

        Exercise03_ResumeBacklog.Moved moved = Exercise03_ResumeBacklog.resume(old, next);

        assertThat(moved.moved()).as("resume(old with tasks a and b queued, next shut down): moved() (a shut-down "
                + "pool accepts nothing)").isZero();
        assertThat(moved.rejectedByNext()).as("resume(old with tasks a and b queued, next shut down): "
                + "rejectedByNext(), the tasks next refused, in queue order").containsExactly(a, b);
    }

    @Test
    void rejectsNullPools() {
        assertThatThrownBy(() -> Exercise03_ResumeBacklog.resume(null, next),
                "resume(null, next): expected a NullPointerException").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise03_ResumeBacklog.resume(old, null),
                "resume(old, null): expected a NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
