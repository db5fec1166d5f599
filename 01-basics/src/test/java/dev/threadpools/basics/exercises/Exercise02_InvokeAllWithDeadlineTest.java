package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static final Duration GENEROUS = Duration.ofSeconds(5);

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final CountDownLatch never = new CountDownLatch(1);
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
        pool.close();
    }

    @Test
    void returnsEveryResultInTaskOrder() throws Exception {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Callable<String>> tasks = List.of(() -> {
            secondDone.await(); // finishes after the second task
            return "a";
        }, () -> {
            secondDone.countDown();
            return "b";
        }, () -> "c");

        assertThat(Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, GENEROUS, "-"))
                .as("one result per task, in the order of the tasks").containsExactly("a", "b", "c");
    }

    @Test
    void putsTheFallbackWhereATaskFailed() throws Exception {
        List<Callable<String>> tasks = List.of(() -> "a", () -> {
            throw new IllegalStateException("service down");
        });

        assertThat(Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, GENEROUS, "-"))
                .as("the fallback in place of the failed task").containsExactly("a", "-");
    }

    @Test
    void returnsAtTheDeadlineWithTheFallbackAndInterruptsTheLateTask() throws Exception {
        long start = System.nanoTime();

        List<String> results = Exercise02_InvokeAllWithDeadline.gatherWithin(
                pool, List.of(() -> "a", stuck), Duration.ofSeconds(1), "-");

        assertThat(results).as("the fallback in place of the task that was too slow").containsExactly("a", "-");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("returned near the deadline, not at the end")
                .isLessThan(Duration.ofSeconds(4)); // the stuck task would keep it waiting for ever
        assertThat(interrupted.await(5, TimeUnit.SECONDS))
                .as("the late task was cancelled with an interrupt, freeing its thread").isTrue();
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        List<Callable<String>> tasks = List.of(() -> "a");
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, Duration.ofSeconds(-1), "-"))
                .as("negative timeout").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(null, tasks, GENEROUS, "-"))
                .as("null pool").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, null, GENEROUS, "-"))
                .as("null tasks").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise02_InvokeAllWithDeadline.gatherWithin(pool, tasks, null, "-"))
                .as("null timeout").isInstanceOf(NullPointerException.class);
    }
}
