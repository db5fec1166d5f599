package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@Exercise(Exercise05_CapVirtualThreads.class)
class Exercise05_CapVirtualThreadsTest {

    private static final int TASKS = 30;
    private static final int CAP = 4;
    /** Starting a few virtual threads takes milliseconds: what has not happened by then never will. */
    private static final Duration WITHIN = Duration.ofSeconds(2);
    /** How long the number of running tasks must stay at the cap while they are all blocked. */
    private static final Duration STEADY = Duration.ofMillis(300);

    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final CountDownLatch gate = new CountDownLatch(1);
    /** Runs the method under test, which blocks until all tasks are done, off the test thread. */
    private final ExecutorService caller = Executors.newSingleThreadExecutor();

    @AfterEach
    void release() {
        gate.countDown();
        caller.close();
    }

    /** Task i: counts itself as running, waits at the gate (the stand-in for a database call), returns i. */
    private List<Callable<Integer>> gatedTasks() {
        return IntStream.range(0, TASKS).<Callable<Integer>>mapToObj(i -> () -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                gate.await();
                return i;
            } finally {
                running.decrementAndGet();
            }
        }).toList();
    }

    @Test
    void runsExactlyTheCapAtOnceNeverMore() throws Exception {
        Future<List<Integer>> results = caller.submit(() -> Exercise05_CapVirtualThreads.runAllCapped(gatedTasks(), CAP));

        // Reaches the cap, then stays there while the gate is shut: an uncapped solution would
        // start all 30 tasks, a too-strict one would never get to 4.
        await().atMost(WITHIN).until(() -> running.get() >= CAP || results.isDone());
        if (results.isDone()) {
            results.get(); // throws what runAllCapped threw; returning early is caught just below
        }
        await().during(STEADY).atMost(WITHIN).untilAsserted(() -> assertThat(running.get())
                .as("runAllCapped(30 tasks that all block, 4): exactly 4 tasks running at once, for %d ms",
                        STEADY.toMillis())
                .isEqualTo(CAP));
        gate.countDown();

        assertThat(results).as("runAllCapped(30 tasks, 4) after the tasks were let finish").succeedsWithin(WITHIN)
                .as("runAllCapped(30 tasks, 4): results in task order")
                .isEqualTo(IntStream.range(0, TASKS).boxed().toList());
        assertThat(peak).as("runAllCapped(30 tasks, 4): the most tasks running at once").hasValue(CAP);
    }

    @Test
    void runsEveryTaskOnAVirtualThreadOfItsOwn() throws Exception {
        List<Callable<Thread>> tasks = IntStream.range(0, TASKS).<Callable<Thread>>mapToObj(i -> Thread::currentThread).toList();

        List<Thread> ranOn = Exercise05_CapVirtualThreads.runAllCapped(tasks, CAP);

        assertThat(ranOn).as("runAllCapped(30 tasks, 4): the threads the tasks ran on must all be virtual")
                .allMatch(Thread::isVirtual);
        assertThat(ranOn).as("runAllCapped(30 tasks, 4): the threads the tasks ran on must be one per task, "
                + "never reused").doesNotHaveDuplicates();
    }

    @Test
    void aFailedTaskGivesBackItsShareOfTheLimit() {
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("boom");
        List<Callable<Integer>> tasks = List.of(() -> {
            throw failure;
        }, ran::incrementAndGet, ran::incrementAndGet);

        Throwable thrown = assertTimeoutPreemptively(WITHIN,
                () -> catchThrowable(() -> Exercise05_CapVirtualThreads.runAllCapped(tasks, 1)),
                () -> "runAllCapped([a task that throws, 2 more], 1) did not return within " + WITHIN.toMillis()
                        + " ms: with a cap of 1, a permit kept by the failed task blocks the other two for ever");

        assertThat(thrown).as("runAllCapped([a task that throws IllegalStateException(\"boom\"), 2 more], 1): "
                        + "expected an ExecutionException caused by the task's exception")
                .isInstanceOf(ExecutionException.class).cause().isSameAs(failure);
        assertThat(ran).as("runAllCapped([a task that throws, 2 more], 1): the tasks after the failed one "
                + "still ran").hasValue(2);
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        assertThatThrownBy(() -> Exercise05_CapVirtualThreads.runAllCapped(List.of(() -> 1), 0),
                "runAllCapped(tasks, 0): a cap of 0 must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise05_CapVirtualThreads.runAllCapped(null, 1),
                "runAllCapped(null, 1): expected a NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
