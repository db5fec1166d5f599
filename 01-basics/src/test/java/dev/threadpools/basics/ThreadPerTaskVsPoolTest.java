package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Seed claim: "10 threads process 1000 tasks" while the thread-per-task loop makes 1000 threads.
 * Counted, not timed: the ThreadFactory is asked for every thread either way.
 */
class ThreadPerTaskVsPoolTest {

    private final AtomicInteger ran = new AtomicInteger();
    private final Set<Thread> runners = ConcurrentHashMap.newKeySet();
    private final Runnable recordingTask = () -> {
        ran.incrementAndGet();
        runners.add(Thread.currentThread());
    };

    @Claim({"J5", "J6", "J84"})
    @Test
    void threadPerTaskCreatesOneThreadForEveryTask() throws InterruptedException {
        var factory = new NamedThreadFactory("per-task");

        var run = ThreadPerTaskVsPool.threadPerTask(1000, recordingTask, factory);

        assertThat(run.threadsCreated()).as("threads counted").isEqualTo(1000);
        assertThat(factory.created()).as("threads the given factory was asked for").isEqualTo(1000);
        assertThat(ran).as("every task has run when threadPerTask returns (it joins them)").hasValue(1000);
        assertThat(runners).as("one distinct thread per task").hasSize(1000)
                .allMatch(thread -> thread.getName().startsWith("per-task_"), "made by the given factory");
        assertThat(run.elapsed()).as("elapsed time").isPositive();
    }

    @Claim({"J1", "J5", "J6", "J10", "J84", "P1", "P6", "P15"})
    @Test
    void fixedPoolOfTenRunsAThousandTasksOnExactlyTenThreads() {
        var factory = new NamedThreadFactory("pooled");

        var run = ThreadPerTaskVsPool.fixedPool(1000, 10, recordingTask, factory);

        // Exactly ten, not "at most ten": below corePoolSize every submission starts a new worker
        // with that task as its first, so each of the ten threads is created and runs a task.
        assertThat(run.threadsCreated()).as("threads counted").isEqualTo(10);
        assertThat(factory.created()).as("threads the given factory was asked for").isEqualTo(10);
        assertThat(runners).as("distinct threads that ran the tasks").hasSize(10)
                .allMatch(thread -> thread.getName().startsWith("pooled_"), "made by the given factory");
        assertThat(ran).as("close() waits for every submitted task").hasValue(1000);
    }

    @Test
    void bothWaysReturnOnlyOnceEveryTaskHasEnded() throws InterruptedException {
        Runnable slowTask = () -> {
            try {
                Thread.sleep(50); // the workload, simulated I/O: surely still running just after the start
            } catch (InterruptedException e) {
                return; // not counted: nobody should interrupt these tasks
            }
            ran.incrementAndGet();
        };

        ThreadPerTaskVsPool.threadPerTask(4, slowTask, new NamedThreadFactory("per-task"));
        assertThat(ran).as("tasks ended when threadPerTask returned (it joins every thread)").hasValue(4);

        ThreadPerTaskVsPool.fixedPool(4, 2, slowTask, new NamedThreadFactory("pooled"));
        assertThat(ran).as("tasks ended when fixedPool returned (close() waits for them)").hasValue(8);
    }

    @Claim("J15")
    @Test
    void aPoolNeverCreatesMoreThreadsThanTasks() {
        var run = ThreadPerTaskVsPool.fixedPool(3, 10, recordingTask, Executors.defaultThreadFactory());

        assertThat(run.threadsCreated()).as("a pool of ten given three tasks").isEqualTo(3);
        assertThat(ran).hasValue(3);
    }

    @Test
    void rejectsSizesThatMakeNoSense() {
        var factory = Executors.defaultThreadFactory();
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 0, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, -1, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(0, 2, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasks");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.threadPerTask(0, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasks");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.threadPerTask(10, null, factory))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadPerTaskVsPool.threadPerTask(10, recordingTask, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 2, null, factory))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 2, recordingTask, null))
                .isInstanceOf(NullPointerException.class);
    }
}
