package dev.threadpools.shutdown.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Exercise;
import dev.threadpools.shutdown.TrackingThreadFactory;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_StoppableWorker.class)
class Exercise02_StoppableWorkerTest {

    private final BlockingQueue<Long> work = new LinkedBlockingQueue<>();
    /** The worker thread's interrupt status right after run() returned (or threw), seen by the pool. */
    private final AtomicReference<Boolean> interruptedAfterRun = new AtomicReference<>();
    private final AtomicReference<Throwable> thrownByRun = new AtomicReference<>();
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new TrackingThreadFactory("ex02")) {
        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            thrownByRun.set(thrown);
            interruptedAfterRun.set(Thread.currentThread().isInterrupted());
        }
    };

    @AfterEach
    void cleanUp() throws InterruptedException {
        pool.shutdownNow();
        // If the worker ignores the interrupt this fails instead of leaving a spinning thread: but the
        // thread would still spin, so feed no FOREVER item to an unsolved worker's pool after a failure.
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the worker must stop on interrupt").isTrue();
    }

    @Test
    void addsUpEveryNumberItFinishes() {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);

        work.addAll(java.util.List.of(1L, 2L, 3L, 1_000L));

        await().untilAsserted(() -> assertThat(worker.sum()).as("1 + 2 + 3 + 1000").isEqualTo(1_006));
        await().untilAsserted(() -> assertThat(worker.inProgress()).as("waiting for the next number").isEqualTo(-1));
    }

    @Test
    void stopsWhenInterruptedWhileWaitingForWork() throws InterruptedException {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);
        work.add(5L);
        await().untilAsserted(() -> assertThat(worker.sum()).isEqualTo(5));

        pool.shutdownNow();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("run() ended on the interrupt in take()")
                .isTrue();
        assertThat(thrownByRun.get()).as("run() returns, it does not throw").isNull();
        assertThat(interruptedAfterRun.get()).as("the interrupt status is still set after run()").isTrue();
    }

    @Test
    void stopsWhenInterruptedInTheMiddleOfEndlessWork() throws InterruptedException {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);
        work.add(Exercise02_StoppableWorker.FOREVER);
        await().untilAsserted(() -> assertThat(worker.inProgress()).as("working on FOREVER")
                .isEqualTo(Exercise02_StoppableWorker.FOREVER));

        pool.shutdownNow();

        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("run() ended on the interrupt in the busy loop")
                .isTrue();
        assertThat(worker.sum()).as("an unfinished number is not added").isZero();
        assertThat(interruptedAfterRun.get()).as("the interrupt status is still set after run()").isTrue();
    }

    @Test
    void rejectsANullQueue() {
        assertThatThrownBy(() -> new Exercise02_StoppableWorker(null)).isInstanceOf(NullPointerException.class);
    }
}
