package dev.threadpools.sizing.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import dev.threadpools.kit.TaskGate;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@Exercise(Exercise03_QueueBoundForLatency.class)
class Exercise03_QueueBoundForLatencyTest {

    private static final Duration FIVE_MS = Duration.ofMillis(5);
    private static final Duration FIFTY_MS = Duration.ofMillis(50);
    /** A pool whose tasks are let go terminates in milliseconds: one still running after this is stuck. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    private final Set<Thread> madeByFactory = ConcurrentHashMap.newKeySet();
    private final ThreadFactory factory = task -> {
        Thread thread = Executors.defaultThreadFactory().newThread(task);
        madeByFactory.add(thread);
        return thread;
    };

    @Test
    void capacityFollowsLittlesLaw() {
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(4, FIVE_MS, FIFTY_MS))
                .as("queueCapacity(4 threads, 5 ms per task, 50 ms target): 4 * (50 - 5) / 5").isEqualTo(36);
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(3, Duration.ofMillis(20), FIFTY_MS))
                .as("queueCapacity(3 threads, 20 ms per task, 50 ms target): 3 * 30 / 20 = 4.5 rounds down, as 5 "
                        + "would miss the target").isEqualTo(4);
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(2, FIVE_MS, FIVE_MS))
                .as("queueCapacity(2 threads, 5 ms per task, 5 ms target): a target of one service time leaves no "
                        + "room to queue").isZero();
    }

    @Test
    void poolAcceptsExactlyThreadsPlusCapacityOfABurst() throws InterruptedException {
        ThreadPoolExecutor pool = Exercise03_QueueBoundForLatency.newPool(2, FIVE_MS, Duration.ofMillis(20), factory);
        var gate = new TaskGate();
        int accepted = 0;
        try {
            assertThat(pool.getCorePoolSize()).as("newPool(2 threads, 5 ms, 20 ms, factory): core pool size")
                    .isEqualTo(2);
            assertThat(pool.getMaximumPoolSize()).as("newPool(2 threads, 5 ms, 20 ms, factory): maximum pool size")
                    .isEqualTo(2);
            assertThat(pool.getQueue().remainingCapacity()).as("newPool(2 threads, 5 ms, 20 ms, factory): queue "
                    + "capacity 2 * 15 / 5").isEqualTo(6);
            for (int i = 0; i < 20; i++) {
                try {
                    pool.execute(gate.task());
                    accepted++;
                } catch (RejectedExecutionException e) {
                    // expected past threads + capacity
                }
            }
        } finally {
            gate.open();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("newPool(2 threads, 5 ms, 20 ms, factory): terminated within %d ms of shutdown() once its "
                        + "tasks were let go", WITHIN.toMillis()).isTrue();
        assertThat(accepted).as("newPool(2 threads, 5 ms, 20 ms, factory), a burst of 20 blocking tasks: tasks "
                + "accepted (2 running + 6 queued; the rest must be refused at once)").isEqualTo(8);
        assertThat(madeByFactory).as("newPool(2 threads, 5 ms, 20 ms, factory): threads made by the given "
                + "factory").hasSize(2);
    }

    @Test
    void aZeroCapacityPoolStillWorks() throws InterruptedException {
        ThreadPoolExecutor pool = Exercise03_QueueBoundForLatency.newPool(1, FIVE_MS, FIVE_MS, factory);
        try {
            assertThat(pool.getQueue().remainingCapacity()).as("newPool(1 thread, 5 ms, 5 ms target, factory): "
                    + "room in the queue (none: a target of one service time)").isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(WITHIN.toMillis(), TimeUnit.MILLISECONDS))
                .as("newPool(1 thread, 5 ms, 5 ms, factory): terminated within %d ms of shutdown()",
                        WITHIN.toMillis()).isTrue();
    }

    @Test
    void rejectsTargetsNoQueueCanMeet() {
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, FIFTY_MS, FIVE_MS),
                "queueCapacity(2, 50 ms per task, 5 ms target): a target shorter than one service time must be "
                        + "refused with an IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(0, FIVE_MS, FIFTY_MS),
                "queueCapacity(0 threads, 5 ms, 50 ms): expected an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, Duration.ZERO, FIFTY_MS),
                "queueCapacity(2, 0 ms per task, 50 ms): expected an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, null, FIFTY_MS),
                "queueCapacity(2, null, 50 ms): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.newPool(2, FIVE_MS, FIFTY_MS, null),
                "newPool(2, 5 ms, 50 ms, null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
