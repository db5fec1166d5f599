package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.kit.Exercise;
import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Exercise(Exercise03_ThreadLocalCleaningPool.class)
class Exercise03_ThreadLocalCleaningPoolTest {

    /** Each task here runs in microseconds: one that has not finished by then never will. */
    private static final Duration WITHIN = Duration.ofSeconds(2);

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<String> NOT_LISTED = new ThreadLocal<>();

    /** A one-thread pool that clears USER and TENANT: every task runs on the same worker. */
    private Exercise03_ThreadLocalCleaningPool onePool() {
        return pools.track(new Exercise03_ThreadLocalCleaningPool(1, new PoolThreadFactory("exercise-03"), USER, TENANT));
    }

    @Test
    void theNextTaskOnTheSameThreadSeesNoneOfTheListedValues() {
        var pool = onePool();
        assertThat(pool.submit(() -> {
            USER.set("alice");
            TENANT.set("acme");
        })).as("a task that sets USER and TENANT").succeedsWithin(WITHIN);

        assertThat(pool.submit(USER::get)).as("the next task on the same worker").succeedsWithin(WITHIN)
                .as("pool clearing USER and TENANT: after a task set USER to \"alice\", the next task on the same "
                        + "worker must see USER cleared (null)").isNull();
        assertThat(pool.submit(TENANT::get)).as("the next task on the same worker").succeedsWithin(WITHIN)
                .as("pool clearing USER and TENANT: after a task set TENANT to \"acme\", the next task on the same "
                        + "worker must see TENANT cleared (null)").isNull();
    }

    @Test
    void clearsAlsoAfterATaskThatThrew() {
        var pool = onePool();
        Future<?> failed = pool.submit(() -> {
            USER.set("mallory");
            throw new IllegalStateException("task failed after setting USER");
        });
        assertThat(failed).as("a task that sets USER, then throws").failsWithin(WITHIN);

        assertThat(pool.submit(USER::get)).as("the task after a failed one").succeedsWithin(WITHIN)
                .as("pool clearing USER: after a task set USER to \"mallory\" and threw, the next task on the same "
                        + "worker must see USER cleared (null)").isNull();
    }

    @Test
    void leavesThreadLocalsItWasNotGivenAlone() {
        var pool = onePool();
        assertThat(pool.submit(() -> NOT_LISTED.set("kept"))).as("a task that sets a ThreadLocal not listed")
                .succeedsWithin(WITHIN);

        assertThat(pool.submit(NOT_LISTED::get)).as("the next task on the same worker").succeedsWithin(WITHIN)
                .as("pool clearing USER and TENANT: after a task set another ThreadLocal to \"kept\", the next "
                        + "task on the same worker must still see \"kept\" (clear only what you were given)")
                .isEqualTo("kept");
        assertThat(pool.submit(NOT_LISTED::remove)).as("cleaning up after the test").succeedsWithin(WITHIN);
    }

    @Test
    void runsOnExactlyTheRequestedNumberOfThreadsFromTheFactory() {
        var factory = new PoolThreadFactory("exercise-03-size");
        var pool = pools.track(new Exercise03_ThreadLocalCleaningPool(3, factory, USER));
        for (int i = 0; i < 5; i++) {
            pool.execute(pools.gate().task());
        }

        // execute() starts a worker, or queues the task, before it returns: these counts are exact
        // while every task waits at the gate.
        assertThat(pool.getPoolSize()).as("a 3-thread pool after 5 blocking tasks: exactly 3 threads")
                .isEqualTo(3);
        assertThat(factory.createdCount()).as("a 3-thread pool after 5 blocking tasks: threads made by the "
                + "given factory").isEqualTo(3);
        assertThat(pool.getQueue().size()).as("a 3-thread pool after 5 blocking tasks: tasks queued (the other "
                + "two)").isEqualTo(2);
    }

    @Test
    void rejectsBadArguments() {
        var factory = new PoolThreadFactory("exercise-03-bad");
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(0, factory, USER),
                "new Exercise03_ThreadLocalCleaningPool(0, factory, USER): 0 threads must be refused with an "
                        + "IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, factory),
                "new Exercise03_ThreadLocalCleaningPool(1, factory): no ThreadLocal to clear must be refused with "
                        + "an IllegalArgumentException").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, null, USER),
                "new Exercise03_ThreadLocalCleaningPool(1, null, USER): expected a NullPointerException")
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, factory, USER, null),
                "new Exercise03_ThreadLocalCleaningPool(1, factory, USER, null): a null ThreadLocal must be "
                        + "refused with a NullPointerException").isInstanceOf(NullPointerException.class);
    }
}
