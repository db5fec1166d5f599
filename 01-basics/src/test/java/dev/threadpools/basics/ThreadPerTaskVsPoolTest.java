package dev.threadpools.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void threadPerTaskCreatesOneThreadForEveryTask() throws InterruptedException {
        var run = ThreadPerTaskVsPool.threadPerTask(1000, recordingTask, Executors.defaultThreadFactory());

        assertThat(run.threadsCreated()).isEqualTo(1000);
        assertThat(ran).hasValue(1000);
        assertThat(runners).hasSize(1000);
    }

    @Test
    void fixedPoolOfTenRunsAThousandTasksOnExactlyTenThreads() {
        var run = ThreadPerTaskVsPool.fixedPool(1000, 10, recordingTask, Executors.defaultThreadFactory());

        // Exactly ten, not "at most ten": below corePoolSize every submission starts a new worker
        // with that task as its first, so each of the ten threads is created and runs a task.
        assertThat(run.threadsCreated()).isEqualTo(10);
        assertThat(runners).hasSize(10);
        assertThat(ran).as("close() waits for every submitted task").hasValue(1000);
    }

    @Test
    void aPoolNeverCreatesMoreThreadsThanTasks() {
        var run = ThreadPerTaskVsPool.fixedPool(3, 10, recordingTask, Executors.defaultThreadFactory());

        assertThat(run.threadsCreated()).isEqualTo(3);
    }

    @Test
    void rejectsSizesThatMakeNoSense() {
        var factory = Executors.defaultThreadFactory();
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 0, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.threadPerTask(0, recordingTask, factory))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasks");
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 2, null, factory))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ThreadPerTaskVsPool.fixedPool(10, 2, recordingTask, null))
                .isInstanceOf(NullPointerException.class);
    }
}
