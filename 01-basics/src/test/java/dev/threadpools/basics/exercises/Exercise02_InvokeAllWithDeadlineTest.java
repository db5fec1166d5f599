package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise02_InvokeAllWithDeadline.class)
class Exercise02_InvokeAllWithDeadlineTest {

    /** A deadline no correct call comes near: the tasks it guards finish in microseconds. */
    private static final Duration GENEROUS = Duration.ofSeconds(2);
    /** The deadline of the case with a task that never finishes. */
    private static final Duration DEADLINE = Duration.ofMillis(500);
    /** How long after its deadline a call may take to return before the test calls it stuck. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final CountDownLatch never = new CountDownLatch(1);
    private final CountDownLatch secondDone = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final Callable<String> stuck = () -> {
        try {
            never.await();
            return "too late";
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
    };

    @AfterEach
    void closePool() {
        never.countDown();
        secondDone.countDown(); // frees a task a wrong solution left waiting
        pool.close();
    }

    @Test
    void returnsEveryResultInTaskOrder() {
        List<Callable<String>> tasks = List.of(() -> {
            secondDone.await(); // finishes after the second task
            return "a";
        }, () -> {
            secondDone.countDown();
            return "b";
        }, () -> "c");

        List<String> results = assertTimeoutPreemptively(GENEROUS.plus(SLACK),
                () -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, GENEROUS, "-"),
                () -> "gatherWithin(pool, [a, b, c], " + GENEROUS.toMillis() + " ms, \"-\") did not return "
                        + "within " + GENEROUS.plus(SLACK).toMillis() + " ms: task a finishes only after task b "
                        + "has run, so all the tasks must be submitted before waiting for one");

        assertThat(results).as("gatherWithin(pool, [a, b, c], ...) where a finishes after b: one result per "
                + "task, in the order of the tasks").containsExactly("a", "b", "c");
    }

    @Test
    void putsTheFallbackWhereATaskFailed() throws Exception {
        List<Callable<String>> tasks = List.of(() -> "a", () -> {
            throw new IllegalStateException("service down");
        });

        assertThat(Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, GENEROUS, "-"))
                .as("gatherWithin(pool, [a, a task that throws], ..., \"-\"): the fallback \"-\" in place of "
                        + "the failed task").containsExactly("a", "-");
    }

    @Test
    void returnsAtTheDeadlineWithTheFallbackAndInterruptsTheLateTask() throws InterruptedException {
        List<String> results = assertTimeoutPreemptively(DEADLINE.plus(SLACK),
                () -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, List.of(() -> "a", stuck), DEADLINE, "-"),
                () -> "gatherWithin(pool, [a, a task that never finishes], " + DEADLINE.toMillis() + " ms, \"-\") "
                        + "did not return within " + DEADLINE.plus(SLACK).toMillis() + " ms: it must stop "
                        + "waiting at the deadline");

        assertThat(results).as("gatherWithin(pool, [a, a task that never finishes], ..., \"-\"): the "
                + "fallback \"-\" in place of the task that was too slow").containsExactly("a", "-");
        assertThat(interrupted.await(SLACK.toMillis(), TimeUnit.MILLISECONDS))
                .as("gatherWithin(pool, [a, a task that never finishes], ..., \"-\"): the late task must be "
                        + "cancelled with an interrupt, freeing its thread, but it was not interrupted within "
                        + SLACK.toMillis() + " ms of the call's return")
                .isTrue();
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        List<Callable<String>> tasks = List.of(() -> "a");
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, Duration.ofSeconds(-1), "-"),
                "gatherWithin(pool, tasks, -1 s, \"-\"): a negative timeout must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(null, tasks, GENEROUS, "-"),
                "gatherWithin(null, tasks, timeout, \"-\"): a null pool must be refused with a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, null, GENEROUS, "-"),
                "gatherWithin(pool, null, timeout, \"-\"): null tasks must be refused with a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, null, "-"),
                "gatherWithin(pool, tasks, null, \"-\"): a null timeout must be refused with a "
                        + "NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
