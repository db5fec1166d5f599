package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Task i may finish only once the action has received task i+1's result, so the only order a
 * solution can deliver is 2, 1, 0. A solution that reads the Futures in submission order waits on
 * task 0 forever; {@link #callWithin} turns that deadlock into a failure that says so.
 */
@Exercise(Exercise04_AsCompleted.class)
class Exercise04_AsCompletedTest {

    private static final int TASKS = 3;
    /** The tasks finish in microseconds once allowed to: a call still running after this is stuck. */
    private static final Duration STUCK = Duration.ofSeconds(2);

    private final ExecutorService executor = Executors.newFixedThreadPool(TASKS);
    private final List<CountDownLatch> mayFinish = IntStream.range(0, TASKS)
            .mapToObj(i -> new CountDownLatch(i == TASKS - 1 ? 0 : 1)).toList();
    /** Written by the thread that calls the method under test, read by the test's (also on a timeout). */
    private final List<Integer> received = new CopyOnWriteArrayList<>();
    private final List<Thread> actionThreads = new CopyOnWriteArrayList<>();
    private final AtomicReference<Thread> caller = new AtomicReference<>();

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

    /**
     * Calls the method under test on a thread of JUnit's, remembered in {@link #caller}, and fails with
     * an explanation if the call hangs.
     */
    private int callWithin(List<Callable<Integer>> tasks) {
        return assertTimeoutPreemptively(STUCK, () -> {
            caller.set(Thread.currentThread());
            return Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, this::receive);
        }, () -> "forEachAsCompleted(executor, [tasks 0, 1, 2], action) did not return within "
                + STUCK.toMillis() + " ms, the action having received " + received + ": task i finishes only "
                + "after the action received task i+1's result, so waiting for the tasks in submission order "
                + "waits for ever. Take each Future as it completes.");
    }

    @Test
    void handsEachResultToTheActionInTheOrderTheTasksFinish() {
        List<Callable<Integer>> tasks = IntStream.range(0, TASKS).mapToObj(this::finishingInReverse).toList();

        int failed = callWithin(tasks);

        assertThat(received).as("forEachAsCompleted(executor, [tasks 0, 1, 2], action) where they finish 2, 1, "
                + "0: the action's results in completion order, not submission order").containsExactly(2, 1, 0);
        assertThat(failed).as("forEachAsCompleted(executor, [tasks 0, 1, 2], action): the count of failed tasks, "
                + "when none failed").isZero();
    }

    @Test
    void callsTheActionOnTheCallingThread() {
        List<Callable<Integer>> tasks = IntStream.range(0, TASKS).mapToObj(this::finishingInReverse).toList();

        callWithin(tasks);

        assertThat(actionThreads).as("forEachAsCompleted(executor, [tasks 0, 1, 2], action): the threads the "
                + "action ran on; each call must be on the thread that called forEachAsCompleted, "
                + caller.get().getName()).hasSize(TASKS).containsOnly(caller.get());
    }

    @Test
    void skipsFailedTasksAndCountsThem() throws Exception {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalStateException("boom");
        }, () -> 3, () -> {
            throw new IllegalStateException("bang");
        });

        int failed = Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, received::add);

        assertThat(failed).as("forEachAsCompleted(executor, [1, throws, 3, throws], action): the count of "
                + "failed tasks").isEqualTo(2);
        assertThat(received).as("forEachAsCompleted(executor, [1, throws, 3, throws], action): the results the "
                + "action received, only the successful ones").containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void rejectsNullArguments() {
        List<Callable<Integer>> tasks = List.of(() -> 1);
        assertThatThrownBy(() -> Exercise04_AsCompleted.forEachAsCompleted(null, tasks, received::add),
                "forEachAsCompleted(null, tasks, action): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_AsCompleted.<Integer>forEachAsCompleted(executor, null, received::add),
                "forEachAsCompleted(executor, null, action): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_AsCompleted.forEachAsCompleted(executor, tasks, null),
                "forEachAsCompleted(executor, tasks, null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
