package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise01_InFlightLimiter.class)
class Exercise01_InFlightLimiterTest {

    /**
     * How long a case waits for something a correct limiter does at once (a slot freed, a call
     * returned, a pool terminated): what has not happened by then never will.
     */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    /** Quiet about uncaught exceptions: one test makes a task fail on purpose. */
    private final ExecutorService pool = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().uncaughtExceptionHandler((thread, failure) -> { }).factory());
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Runnable blocked = () -> {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    };

    @AfterEach
    void stopPool() throws InterruptedException {
        gate.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("after the test, the executor behind the limiter must terminate within %d ms once its tasks "
                        + "are let go", WITHIN.toMillis())
                .isTrue();
    }

    @Test
    void rejectsATaskWhenNoSlotFreesUpInTime() throws InterruptedException {
        var limiter = new Exercise01_InFlightLimiter(pool, 2);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);

        assertThat(limiter.inFlight()).as("limiter of 2 after 2 tasks that block: inFlight(), the tasks handed "
                + "over and not finished").isEqualTo(2);
        Throwable thrown = assertTimeoutPreemptively(WITHIN,
                () -> catchThrowable(() -> limiter.execute(() -> { }, 20, TimeUnit.MILLISECONDS)),
                () -> "execute(task, 20 ms) with both slots taken did not return within " + WITHIN.toMillis()
                        + " ms: it must give up when its timeout has passed");
        assertThat(thrown).as("execute(task, 20 ms) with both slots taken: expected a RejectedExecutionException "
                + "once the 20 ms have passed").isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void waitsForASlotAndGoesOnWhenOneFrees() throws Exception {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);
        ExecutorService producer = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch ran = new CountDownLatch(1);
            Future<?> waiting = producer.submit(() -> {
                limiter.execute(ran::countDown, WITHIN.toMillis(), TimeUnit.MILLISECONDS);
                return null;
            });
            gate.countDown(); // the first task finishes: its slot must go to the waiting producer

            assertThat(waiting).as("limiter of 1: execute(task, %d ms) waiting for the slot while the task holding "
                    + "it finishes must return normally", WITHIN.toMillis()).succeedsWithin(WITHIN.plusSeconds(1));
            assertThat(ran.await(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                    .as("limiter of 1: the task handed over once the slot was free must run, but it did not run "
                            + "within %d ms", WITHIN.toMillis())
                    .isTrue();
        } finally {
            producer.shutdown();
            assertThat(producer.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the test's producer thread, blocked in execute(), ended").isTrue();
        }
    }

    @Test
    void aTaskThatThrowsStillFreesItsSlot() throws InterruptedException {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        limiter.execute(() -> {
            throw new IllegalStateException("task failed on purpose");
        }, 1, TimeUnit.SECONDS);

        Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(limiter.inFlight())
                .as("limiter of 1, %d ms after handing over a task that throws: inFlight() (a failed task must "
                        + "give its slot back)", WITHIN.toMillis())
                .isZero());
    }

    @Test
    void aTaskTheExecutorRejectsFreesItsSlotAndTheCallerSeesTheRejection() {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        pool.shutdown();

        assertThatThrownBy(() -> limiter.execute(() -> { }, 1, TimeUnit.SECONDS),
                "execute(task, 1 s) on a limiter whose executor is shut down: expected the executor's own "
                        + "RejectedExecutionException to reach the caller")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(limiter.inFlight()).as("limiter of 1 after its executor rejected a task: inFlight() (a "
                + "rejected task holds no slot)").isZero();
    }

    @Test
    void aTaskThatThrowsOnTheCallersThreadFreesItsSlotOnce() {
        var limiter = new Exercise01_InFlightLimiter(Runnable::run, 1);   // runs tasks on this thread

        assertThatThrownBy(() -> limiter.execute(() -> {
            throw new IllegalStateException("task failed on purpose");
        }, 1, TimeUnit.SECONDS), "limiter of 1 over Runnable::run: execute(a task that throws "
                + "IllegalStateException, 1 s) must let that exception through")
                .isInstanceOf(IllegalStateException.class);
        assertThat(limiter.inFlight()).as("limiter of 1 over Runnable::run, after a task that threw: inFlight() "
                + "(a slot released twice would make this negative)").isZero();
    }

    @Test
    void validatesItsArguments() {
        assertThatThrownBy(() -> new Exercise01_InFlightLimiter(pool, 0),
                "new Exercise01_InFlightLimiter(executor, 0): 0 slots must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise01_InFlightLimiter(null, 1),
                "new Exercise01_InFlightLimiter(null, 1): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
