package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Task i may finish only once the action has received task i+1's result, so the only order a
 * solution can deliver is 2, 1, 0. A solution that reads the Futures in submission order waits on
 * task 0 forever; the timeout turns that deadlock into a failure.
 */
@Exercise(Exercise04_AsCompleted.class)
@Timeout(10)
class Exercise04_AsCompletedTest {

    private static final int TASKS = 3;

    private final ExecutorService executor = Executors.newFixedThreadPool(TASKS);
    private final List<CountDownLatch> mayFinish = IntStream.range(0, TASKS)
            .mapToObj(i -> new CountDownLatch(i == TASKS - 1 ? 0 : 1)).toList();
    private final List<Integer> received = new ArrayList<>();
    private final List<Thread> actionThreads = new ArrayList<>();

    @AfterEach
    void closeExecutor() {
        mayFinish.forEach(CountDownLatch::countDown); // unblocks whatever a wrong solution left waiting
        executor.close();
    }

    private Callable<Integer> finishingInReverse(int index) {
        return () -> {
            mayFinish.get(index).await();
            return index;
        };
    }

    private void receive(int index) {
        received.add(index);
        actionThreads.add(Thread.currentThread());
        if (index > 0) {
            mayFinish.get(index - 1).countDown();
        }
    }

    @Test
    void handsEachResultToTheActionInTheOrderTheTasksFinish() throws Exception {
        List<Callable<Integer>> tasks = IntStream.range(0, TASKS).mapToObj(this::finishingInReverse).toList();

        int failed = Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, this::receive);

        assertThat(received).as("results in completion order (2, 1, 0), not submission order").containsExactly(2, 1, 0);
        assertThat(failed).as("failed tasks").isZero();
    }

    @Test
    void callsTheActionOnTheCallingThread() throws Exception {
        List<Callable<Integer>> tasks = IntStream.range(0, TASKS).mapToObj(this::finishingInReverse).toList();

        Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, this::receive);

        assertThat(actionThreads).as("the action ran on the thread that called forEachAsCompleted")
                .hasSize(TASKS).containsOnly(Thread.currentThread());
    }

    @Test
    void skipsFailedTasksAndCountsThem() throws Exception {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalStateException("boom");
        }, () -> 3, () -> {
            throw new IllegalStateException("bang");
        });

        int failed = Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, received::add);

        assertThat(failed).as("number of failed tasks").isEqualTo(2);
        assertThat(received).as("only the successful results").containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void rejectsNullArguments() {
        List<Callable<Integer>> tasks = List.of(() -> 1);
        assertThatThrownBy(() -> Exercise04_AsCompleted.forEachAsCompleted(null, tasks, received::add))
                .as("null executor").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_AsCompleted.<Integer>forEachAsCompleted(executor, null, received::add))
                .as("null tasks").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, null))
                .as("null action").isInstanceOf(NullPointerException.class);
    }
}
