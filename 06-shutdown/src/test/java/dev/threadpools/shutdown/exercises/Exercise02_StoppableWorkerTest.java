package dev.threadpools.shutdown.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Exercise;
import dev.threadpools.shutdown.TrackingThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_StoppableWorker.class)
class Exercise02_StoppableWorkerTest {

    /**
     * How long a case waits for the worker to do something that takes it microseconds (add a number,
     * see an interrupt) or for the pool to terminate once it has.
     */
    private static final Duration WITHIN = Duration.ofSeconds(2);

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
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("after the test, run() must end within %d ms of the pool's shutdownNow() interrupting it",
                        WITHIN.toMillis())
                .isTrue();
    }

    @Test
    void addsUpEveryNumberItFinishes() {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);

        work.addAll(List.of(1L, 2L, 3L, 1_000L));

        await().atMost(WITHIN).untilAsserted(() -> assertThat(worker.sum())
                .as("worker given 1, 2, 3 and 1000: sum() %d ms later", WITHIN.toMillis()).isEqualTo(1_006));
        await().atMost(WITHIN).untilAsserted(() -> assertThat(worker.inProgress())
                .as("worker that has finished every number and waits for the next: inProgress() (-1)")
                .isEqualTo(-1));
    }

    @Test
    void stopsWhenInterruptedWhileWaitingForWork() throws InterruptedException {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);
        work.add(5L);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(worker.sum())
                .as("worker given 5: sum() %d ms later", WITHIN.toMillis()).isEqualTo(5));

        pool.shutdownNow();

        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("worker waiting in take() for the next number, interrupted by shutdownNow(): run() must "
                        + "return, but the pool had not terminated %d ms later", WITHIN.toMillis())
                .isTrue();
        assertThat(thrownByRun.get()).as("worker interrupted while waiting in take(): what run() threw (it must "
                + "return, not throw)").isNull();
        assertThat(interruptedAfterRun.get()).as("worker interrupted while waiting in take(): the thread's "
                + "interrupt status after run() returned (catching InterruptedException cleared it; set it again)")
                .isTrue();
    }

    @Test
    void stopsWhenInterruptedInTheMiddleOfEndlessWork() throws InterruptedException {
        Exercise02_StoppableWorker worker = new Exercise02_StoppableWorker(work);
        pool.execute(worker);
        work.add(Exercise02_StoppableWorker.FOREVER);
        await().atMost(WITHIN).untilAsserted(() -> assertThat(worker.inProgress())
                .as("worker given FOREVER: inProgress() %d ms later", WITHIN.toMillis())
                .isEqualTo(Exercise02_StoppableWorker.FOREVER));

        pool.shutdownNow();

        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("worker busy with FOREVER, interrupted by shutdownNow(): run() must return, but the pool had "
                        + "not terminated %d ms later (does the loop check the interrupt status?)", WITHIN.toMillis())
                .isTrue();
        assertThat(worker.sum()).as("worker interrupted in the middle of FOREVER: sum() (an unfinished number is "
                + "not added)").isZero();
        assertThat(interruptedAfterRun.get()).as("worker interrupted in the middle of FOREVER: the thread's "
                + "interrupt status after run() returned (it must still be set)").isTrue();
    }

    @Test
    void rejectsANullQueue() {
        assertThatThrownBy(() -> new Exercise02_StoppableWorker(null),
                "new Exercise02_StoppableWorker(null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
