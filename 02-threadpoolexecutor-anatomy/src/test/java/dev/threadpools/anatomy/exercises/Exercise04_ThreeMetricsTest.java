package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.kit.Exercise;
import dev.threadpools.kit.PoolsUnderTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Exercise(Exercise04_ThreeMetrics.class)
class Exercise04_ThreeMetricsTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    /** Two threads, a queue of one: the fourth task is rejected (AbortPolicy). */
    private final ThreadPoolExecutor pool = pools.track(new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), new PoolThreadFactory("exercise-04")));

    @Test
    void gaugesShowThreadsAndQueuedTasks() {
        Exercise04_ThreeMetrics.expose(pool, "orders", registry);
        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
        }

        // execute() starts a worker, or queues the task, before it returns: 2 threads and 1 queued
        // task are exact while every task waits at the gate.
        assertThat(registry.get("pool.threads").tag("pool", "orders").gauge().value())
                .as("gauge pool.threads{pool=orders} of a 2-thread pool running 2 tasks").isEqualTo(2.0);
        assertThat(registry.get("pool.queued").tag("pool", "orders").gauge().value())
                .as("gauge pool.queued{pool=orders} with 1 task waiting in the queue").isEqualTo(1.0);
    }

    @Test
    void theCounterCountsRejectionsAndTheOriginalHandlerStillRuns() {
        Exercise04_ThreeMetrics.expose(pool, "orders", registry);
        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
        }

        for (int i = 1; i <= 2; i++) {
            assertThatThrownBy(() -> pool.execute(pools.gate().task()), "execute(task) on a full pool, rejection "
                    + "%d: the pool's own handler, AbortPolicy, must still throw RejectedExecutionException", i)
                    .isInstanceOf(RejectedExecutionException.class);
        }

        assertThat(registry.get("pool.rejected").tag("pool", "orders").counter().count())
                .as("counter pool.rejected{pool=orders} after 2 rejected tasks").isEqualTo(2.0);
    }

    @Test
    void rejectsNullArguments() {
        assertThatThrownBy(() -> Exercise04_ThreeMetrics.expose(null, "p", registry),
                "expose(null, \"p\", registry): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_ThreeMetrics.expose(pool, null, registry),
                "expose(pool, null, registry): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise04_ThreeMetrics.expose(pool, "p", null),
                "expose(pool, \"p\", null): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
    }
}
