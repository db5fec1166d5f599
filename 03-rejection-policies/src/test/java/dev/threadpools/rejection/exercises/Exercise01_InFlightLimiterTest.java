package dev.threadpools.rejection.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void rejectsATaskWhenNoSlotFreesUpInTime() throws InterruptedException {
        var limiter = new Exercise01_InFlightLimiter(pool, 2);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);

        assertThat(limiter.inFlight()).as("two tasks handed over and not finished").isEqualTo(2);
        assertThatThrownBy(() -> limiter.execute(() -> { }, 20, TimeUnit.MILLISECONDS))
                .as("a third task while both slots are taken must be rejected after the timeout")
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void waitsForASlotAndGoesOnWhenOneFrees() throws Exception {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        limiter.execute(blocked, 1, TimeUnit.SECONDS);
        ExecutorService producer = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch ran = new CountDownLatch(1);
            Future<?> waiting = producer.submit(() -> {
                limiter.execute(ran::countDown, 30, TimeUnit.SECONDS);
                return null;
            });
            gate.countDown(); // the first task finishes: its slot must go to the waiting producer
            waiting.get(10, TimeUnit.SECONDS);
            assertThat(ran.await(10, TimeUnit.SECONDS)).as("the waiting task ran once a slot was free").isTrue();
        } finally {
            producer.shutdown();
            assertThat(producer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTaskThatThrowsStillFreesItsSlot() throws InterruptedException {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        limiter.execute(() -> {
            throw new IllegalStateException("task failed on purpose");
        }, 1, TimeUnit.SECONDS);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(limiter.inFlight()).as("slots in use after a failed task").isZero());
    }

    @Test
    void aTaskTheExecutorRejectsFreesItsSlotAndTheCallerSeesTheRejection() throws InterruptedException {
        var limiter = new Exercise01_InFlightLimiter(pool, 1);
        pool.shutdown();

        assertThatThrownBy(() -> limiter.execute(() -> { }, 1, TimeUnit.SECONDS))
                .as("the executor's own rejection reaches the caller")
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(limiter.inFlight()).as("a rejected task holds no slot").isZero();
    }

    @Test
    void aTaskThatThrowsOnTheCallersThreadFreesItsSlotOnce() {
        var limiter = new Exercise01_InFlightLimiter(Runnable::run, 1);   // runs tasks on this thread

        assertThatThrownBy(() -> limiter.execute(() -> {
            throw new IllegalStateException("task failed on purpose");
        }, 1, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
        assertThat(limiter.inFlight()).as("slots in use: a slot released twice would make this negative").isZero();
    }

    @Test
    void validatesItsArguments() {
        assertThatThrownBy(() -> new Exercise01_InFlightLimiter(pool, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise01_InFlightLimiter(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
