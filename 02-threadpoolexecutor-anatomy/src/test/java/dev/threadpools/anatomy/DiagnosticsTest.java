package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import dev.threadpools.kit.TaskGate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Looking inside a pool: the getters (and which are approximate), Micrometer in Prometheus format,
 * Flight Recorder events from the hooks, and a thread dump of one pool's threads.
 */
class DiagnosticsTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    @Claim({"J68", "J70"})
    @Test
    void aTaskWhoseFutureIsDoneIsNotYetCountedAsCompletedWhileItsWorkerIsInAfterExecute() throws Exception {
        CountDownLatch inAfterExecute = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        PoolHooks hold = new PoolHooks() {
            @Override
            public void afterTask(Runnable task, Throwable failure) {
                inAfterExecute.countDown();
                try {
                    leave.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        var pool = pools.track(new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new PoolThreadFactory("lag"), new ThreadPoolExecutor.AbortPolicy(), hold));

        try {
            Future<?> future = pool.submit(() -> { });
            future.get();
            assertThat(inAfterExecute.await(10, TimeUnit.SECONDS)).as("the worker reached afterExecute").isTrue();

            assertThat(pool.getCompletedTaskCount()).as("counted only after afterExecute returns").isZero();
            assertThat(pool.getActiveCount()).as("the worker still counts as active").isEqualTo(1);
        } finally {
            leave.countDown();
        }
        // Late, not never: once afterExecute returns, the task is counted.
        await().atMost(Duration.ofSeconds(10)).until(() -> pool.getCompletedTaskCount() == 1);
    }

    @Claim({"J69", "J71"})
    @Test
    void atRestTaskCountIsCompletedPlusRunningPlusQueued() throws InterruptedException {
        var pool = pools.track(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10),
                new PoolThreadFactory("count")));
        pool.execute(() -> { });
        // getCompletedTaskCount() counts the task a moment before the worker unlocks: wait for both.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> pool.getCompletedTaskCount() == 1 && pool.getActiveCount() == 0);

        PoolSnapshot idle = PoolSnapshot.of(pool);

        assertThat(idle.poolSize()).as("the thread outlives its task").isEqualTo(1);
        assertThat(idle.activeCount()).as("but runs nothing").isZero();
        assertThat(idle.taskCount()).as("task count = 1 completed").isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            pool.execute(pools.gate().task());
        }
        pools.gate().awaitStarted(2);

        PoolSnapshot snapshot = PoolSnapshot.of(pool);

        // Three different numbers, so that a getter read in the wrong place shows.
        assertThat(snapshot.completedCount()).as("completed").isEqualTo(1);
        assertThat(snapshot.activeCount()).as("running").isEqualTo(2);
        assertThat(snapshot.queued()).as("queued").isEqualTo(3);
        assertThat(snapshot.taskCount()).as("task count = 1 completed + 2 running + 3 queued").isEqualTo(6);
        assertThat(snapshot.poolSize()).isEqualTo(2);
        assertThat(snapshot.remainingCapacity()).as("queue of 10 holding 3").isEqualTo(7);
    }

    @Claim({"J14", "J66"})
    @Test
    void prometheusTextShowsThePoolsGetters() throws InterruptedException {
        var pool = pools.track(new ThreadPoolExecutor(2, 4, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10),
                new PoolThreadFactory("prom")));
        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
        }
        pools.gate().awaitStarted(2);

        String text = PoolMetrics.prometheusText(pool, "orders");

        assertThat(text.lines()).contains(
                "executor_pool_size_threads{name=\"orders\"} 2.0",
                "executor_active_threads{name=\"orders\"} 2.0",
                "executor_queued_tasks{name=\"orders\"} 1.0",
                "executor_queue_remaining_tasks{name=\"orders\"} 9.0",
                "executor_pool_max_threads{name=\"orders\"} 4.0",
                "executor_completed_tasks_total{name=\"orders\"} 0.0");
    }

    @Claim("J74")
    @Test
    void theJdkHasNoThreadPoolFlightRecorderEvents() throws Exception {
        var types = PoolRecording.knownEventTypes();

        assertThat(types).as("sanity: JDK events are listed").contains("jdk.ThreadStart", "jdk.JavaMonitorEnter");
        assertThat(types).doesNotContain("jdk.ThreadPoolSubmit", "jdk.ThreadPoolTerminate");
        // "pool" alone would match jdk.GCHeapMemoryPoolUsage, a memory pool.
        assertThat(types).noneMatch(name -> name.startsWith("jdk.")
                && (name.contains("ThreadPool") || name.contains("Executor")));
    }

    @Claim("J74")
    @Test
    void eventsEmittedFromTheHooksAreReadBackFromTheRecording() throws Exception {
        List<RecordedEvent> events = PoolRecording.record(() -> {
            try (var pool = new HookedThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    new PoolThreadFactory("jfr"), new ThreadPoolExecutor.AbortPolicy(), new JfrPoolHooks("payments"))) {
                pool.execute(() -> { });
                pool.submit(() -> { });
                pool.submit(() -> {
                    throw new IllegalStateException("declined");
                });
            }
        });

        List<RecordedEvent> tasks = events.stream()
                .filter(event -> event.getEventType().getName().equals("dev.threadpools.Task")).toList();
        assertThat(tasks).hasSize(3).allMatch(event -> "payments".equals(event.getString("pool")));
        assertThat(tasks).extracting(event -> event.getString("failure"))
                .containsExactly(null, null, IllegalStateException.class.getName());
        assertThat(events).filteredOn(event -> event.getEventType().getName().equals("dev.threadpools.PoolTerminated"))
                .as("one PoolTerminated event, naming its pool")
                .singleElement().extracting(event -> event.getString("pool")).isEqualTo("payments");
    }

    @Claim({"J41", "J78"})
    @Test
    void aThreadDumpFromInsideTheProgramShowsOnlyThePoolsNamedThreadsAndWhereTheyWait() throws InterruptedException {
        var alphaThreads = new PoolThreadFactory("alpha");
        var alpha = pools.track(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                alphaThreads));
        var beta = pools.track(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new PoolThreadFactory("beta")));
        alpha.execute(pools.gate().task());
        alpha.execute(pools.gate().task());
        beta.execute(pools.gate().task());
        pools.gate().awaitStarted(3);
        // "Started" is announced just before the task parks at the gate: wait until both are parked.
        await().atMost(Duration.ofSeconds(10)).until(() -> alphaThreads.createdThreads().stream()
                .allMatch(thread -> thread.getState() == Thread.State.WAITING));

        String dump = PoolThreadDump.of("alpha", 20);

        assertThat(dump).contains("\"alpha-1\" WAITING", "\"alpha-2\" WAITING", TaskGate.class.getName())
                .doesNotContain("beta");
    }
}
