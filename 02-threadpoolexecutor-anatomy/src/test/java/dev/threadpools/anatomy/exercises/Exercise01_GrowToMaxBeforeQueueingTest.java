package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.kit.Exercise;
import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Exercise(Exercise01_GrowToMaxBeforeQueueing.class)
class Exercise01_GrowToMaxBeforeQueueingTest {

    /** Far beyond the 50 ms keep-alive of the shrinking case, and still well inside the kit's timeout. */
    private static final Duration SHRINK_BOUND = Duration.ofSeconds(3);

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final PoolThreadFactory factory = new PoolThreadFactory("exercise-01");

    // execute() starts a worker, or queues the task, before it returns: the pool's size and queue
    // are exact right after the call, while every task waits at the gate.

    /** {@code newPool(maxThreads, keepAlive, factory)}, given {@code tasks} tasks that wait at the gate. */
    private ThreadPoolExecutor newPoolHolding(int tasks, int maxThreads, Duration keepAlive) {
        ThreadPoolExecutor pool = pools.track(Exercise01_GrowToMaxBeforeQueueing.newPool(maxThreads, keepAlive, factory));
        for (int i = 0; i < tasks; i++) {
            pool.execute(pools.gate().task());
        }
        return pool;
    }

    @Test
    void startsAThreadPerTaskUpToTheMaximumBeforeQueueing() {
        ThreadPoolExecutor pool = pools.track(Exercise01_GrowToMaxBeforeQueueing.newPool(3, Duration.ofSeconds(30), factory));

        for (int i = 1; i <= 3; i++) {
            pool.execute(pools.gate().task());
            assertThat(pool.getQueue().size()).as("newPool(3, 30 s, factory) after %d blocking task(s): tasks "
                    + "queued (none while fewer than 3 threads exist)", i).isZero();
        }

        assertThat(pool.getPoolSize()).as("newPool(3, 30 s, factory) after 3 blocking tasks: exactly 3 threads, "
                + "one per task").isEqualTo(3);
        assertThat(factory.createdCount()).as("newPool(3, 30 s, factory) after 3 blocking tasks: threads made by "
                + "the given factory").isEqualTo(3);
    }

    @Test
    void queuesWithoutLimitOnceAllThreadsAreBusy() {
        ThreadPoolExecutor pool = newPoolHolding(1_000, 2, Duration.ofSeconds(30));

        assertThat(pool.getPoolSize()).as("newPool(2, 30 s, factory) after 1,000 blocking tasks: exactly 2 "
                + "threads, maxThreads").isEqualTo(2);
        assertThat(pool.getQueue().size()).as("newPool(2, 30 s, factory) after 1,000 blocking tasks: tasks "
                + "waiting in the queue (the other 998)").isEqualTo(998);
    }

    @Test
    void anIdlePoolShrinksToZeroThreadsAfterTheKeepAlive() {
        ThreadPoolExecutor pool = newPoolHolding(3, 3, Duration.ofMillis(50));
        assertThat(pool.getPoolSize()).as("newPool(3, 50 ms, factory) after 3 blocking tasks: exactly 3 threads")
                .isEqualTo(3);
        pools.gate().open();

        await().atMost(SHRINK_BOUND).untilAsserted(() -> assertThat(pool.getPoolSize())
                .as("newPool(3, 50 ms, factory): threads left %d ms after its 3 tasks finished (an idle pool "
                        + "must shrink to 0 after the keep-alive, core threads too)", SHRINK_BOUND.toMillis())
                .isZero());
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(0, Duration.ofSeconds(1), factory),
                "newPool(0, 1 s, factory): maxThreads 0 must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, Duration.ZERO, factory),
                "newPool(1, 0 s, factory): a keep-alive of 0 must be refused with an IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, null, factory),
                "newPool(1, null, factory): expected a NullPointerException").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, Duration.ofSeconds(1), null),
                "newPool(1, 1 s, null): expected a NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
