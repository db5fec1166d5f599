package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.anatomy.PoolsUnderTest;
import dev.threadpools.kit.Exercise;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Exercise(Exercise03_ThreadLocalCleaningPool.class)
class Exercise03_ThreadLocalCleaningPoolTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    private static final ThreadLocal<String> TENANT = new ThreadLocal<>();
    private static final ThreadLocal<String> NOT_LISTED = new ThreadLocal<>();

    private Exercise03_ThreadLocalCleaningPool onePool() {
        return pools.track(new Exercise03_ThreadLocalCleaningPool(1, new PoolThreadFactory("exercise-03"), USER, TENANT));
    }

    @Test
    void theNextTaskOnTheSameThreadSeesNoneOfTheListedValues() throws Exception {
        var pool = onePool();
        pool.submit(() -> {
            USER.set("alice");
            TENANT.set("acme");
        }).get();

        assertThat(pool.submit(USER::get).get()).as("USER seen by the next task").isNull();
        assertThat(pool.submit(TENANT::get).get()).as("TENANT seen by the next task").isNull();
    }

    @Test
    void clearsAlsoAfterATaskThatThrew() throws Exception {
        var pool = onePool();
        Future<?> failed = pool.submit(() -> {
            USER.set("mallory");
            throw new IllegalStateException("task failed after setting USER");
        });
        assertThat(failed).as("the failed task").failsWithin(java.time.Duration.ofSeconds(10));

        assertThat(pool.submit(USER::get).get()).as("USER seen by the task after a failed one").isNull();
    }

    @Test
    void leavesThreadLocalsItWasNotGivenAlone() throws Exception {
        var pool = onePool();
        pool.submit(() -> NOT_LISTED.set("kept")).get();

        assertThat(pool.submit(NOT_LISTED::get).get()).as("a ThreadLocal not passed to the constructor").isEqualTo("kept");
        pool.submit(NOT_LISTED::remove).get();
    }

    @Test
    void runsOnExactlyTheRequestedNumberOfThreadsFromTheFactory() throws InterruptedException {
        var factory = new PoolThreadFactory("exercise-03-size");
        var pool = pools.track(new Exercise03_ThreadLocalCleaningPool(3, factory, USER));
        for (int i = 0; i < 5; i++) {
            pool.execute(pools.gate().task());
        }
        pools.gate().awaitStarted(3);

        assertThat(pool.getPoolSize()).as("threads of a 3-thread pool").isEqualTo(3);
        assertThat(factory.createdCount()).as("threads made by the given factory").isEqualTo(3);
        assertThat(pool.getQueue()).as("the other two tasks are queued").hasSize(2);
    }

    @Test
    void rejectsBadArguments() {
        var factory = new PoolThreadFactory("exercise-03-bad");
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(0, factory, USER))
                .as("0 threads").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, factory))
                .as("no ThreadLocal to clear").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, null, USER))
                .as("null factory").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Exercise03_ThreadLocalCleaningPool(1, factory, USER, null))
                .as("a null ThreadLocal").isInstanceOf(NullPointerException.class);
    }
}
