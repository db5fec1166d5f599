package dev.threadpools.basics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import org.junit.jupiter.api.Timeout;

@Exercise(Exercise05_CapVirtualThreads.class)
@Timeout(20)
class Exercise05_CapVirtualThreadsTest {

    private static final int TASKS = 30;
    private static final int CAP = 4;

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
        await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == CAP || results.isDone());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> running.get() == CAP);
        gate.countDown();

        assertThat(results.get()).as("results in task order").containsExactlyElementsOf(IntStream.range(0, TASKS).boxed().toList());
        assertThat(peak).as("most tasks running at once").hasValue(CAP);
    }

    @Test
    void runsEveryTaskOnAVirtualThreadOfItsOwn() throws Exception {
        List<Callable<Thread>> tasks = IntStream.range(0, TASKS).<Callable<Thread>>mapToObj(i -> Thread::currentThread).toList();

        List<Thread> ranOn = Exercise05_CapVirtualThreads.runAllCapped(tasks, CAP);

        assertThat(ranOn).as("every task ran on a virtual thread").allMatch(Thread::isVirtual);
        assertThat(ranOn).as("no thread ran two tasks").doesNotHaveDuplicates();
    }

    @Test
    void aFailedTaskGivesBackItsShareOfTheLimit() {
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("boom");
        List<Callable<Integer>> tasks = List.of(() -> {
            throw failure;
        }, ran::incrementAndGet, ran::incrementAndGet);

        // With a cap of 1, a permit kept by the failed task would block the other two for ever.
        assertThatThrownBy(() -> Exercise05_CapVirtualThreads.runAllCapped(tasks, 1))
                .as("the failed task's ExecutionException").isInstanceOf(ExecutionException.class).hasCauseReference(failure);
        assertThat(ran).as("the tasks after the failure still ran").hasValue(2);
    }

    @Test
    void validatesItsArgumentsLikeTheJdk() {
        assertThatThrownBy(() -> Exercise05_CapVirtualThreads.runAllCapped(List.of(() -> 1), 0))
                .as("maxConcurrent = 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise05_CapVirtualThreads.runAllCapped(null, 1))
                .as("null tasks").isInstanceOf(NullPointerException.class);
    }
}
