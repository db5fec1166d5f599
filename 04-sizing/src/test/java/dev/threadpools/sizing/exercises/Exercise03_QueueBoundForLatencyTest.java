package dev.threadpools.sizing.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
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

    private final Set<Thread> madeByFactory = ConcurrentHashMap.newKeySet();
    private final ThreadFactory factory = task -> {
        Thread thread = Executors.defaultThreadFactory().newThread(task);
        madeByFactory.add(thread);
        return thread;
    };

    @Test
    void capacityFollowsLittlesLaw() {
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(4, FIVE_MS, FIFTY_MS))
                .as("4 threads, 5 ms per task, 50 ms target: 4 * 45 / 5").isEqualTo(36);
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(3, Duration.ofMillis(20), FIFTY_MS))
                .as("3 * 30 / 20 = 4.5 rounds down: 5 would miss the target").isEqualTo(4);
        assertThat(Exercise03_QueueBoundForLatency.queueCapacity(2, FIVE_MS, FIVE_MS))
                .as("a target of one service time leaves no room to queue").isZero();
    }

    @Test
    void poolAcceptsExactlyThreadsPlusCapacityOfABurst() throws InterruptedException {
        ThreadPoolExecutor pool = Exercise03_QueueBoundForLatency.newPool(2, FIVE_MS, Duration.ofMillis(20), factory);
        var gate = new CountDownLatch(1);
        int accepted = 0;
        try {
            assertThat(pool.getCorePoolSize()).as("core pool size").isEqualTo(2);
            assertThat(pool.getMaximumPoolSize()).as("maximum pool size").isEqualTo(2);
            assertThat(pool.getQueue().remainingCapacity()).as("queue capacity 2 * 15 / 5").isEqualTo(6);
            for (int i = 0; i < 20; i++) {
                try {
                    pool.execute(() -> {
                        try {
                            gate.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    accepted++;
                } catch (RejectedExecutionException e) {
                    // expected past threads + capacity
                }
            }
        } finally {
            gate.countDown();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(accepted).as("2 running + 6 queued accepted, the rest refused at once").isEqualTo(8);
        assertThat(madeByFactory).as("threads come from the given factory").hasSize(2);
    }

    @Test
    void aZeroCapacityPoolStillWorks() throws InterruptedException {
        ThreadPoolExecutor pool = Exercise03_QueueBoundForLatency.newPool(1, FIVE_MS, FIVE_MS, factory);
        try {
            assertThat(pool.getQueue().remainingCapacity()).as("no queue at all").isZero();
        } finally {
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void rejectsTargetsNoQueueCanMeet() {
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, FIFTY_MS, FIVE_MS))
                .as("target shorter than one service").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(0, FIVE_MS, FIFTY_MS))
                .as("no threads").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, Duration.ZERO, FIFTY_MS))
                .as("zero service time").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.queueCapacity(2, null, FIFTY_MS))
                .as("null service time").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise03_QueueBoundForLatency.newPool(2, FIVE_MS, FIFTY_MS, null))
                .as("null thread factory").isInstanceOf(NullPointerException.class);
    }
}
