package dev.threadpools.anatomy.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.threadpools.anatomy.PoolThreadFactory;
import dev.threadpools.anatomy.PoolsUnderTest;
import dev.threadpools.kit.Exercise;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Exercise(Exercise01_GrowToMaxBeforeQueueing.class)
class Exercise01_GrowToMaxBeforeQueueingTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private final PoolThreadFactory factory = new PoolThreadFactory("exercise-01");

    @Test
    void startsAThreadPerTaskUpToTheMaximumBeforeQueueing() throws InterruptedException {
        ThreadPoolExecutor pool = pools.track(Exercise01_GrowToMaxBeforeQueueing.newPool(3, Duration.ofSeconds(30), factory));

        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
            assertThat(pool.getQueue()).as("nothing may be queued while fewer than 3 threads exist").isEmpty();
        }
        pools.gate().awaitStarted(3);

        assertThat(pool.getPoolSize()).as("threads after 3 blocking tasks").isEqualTo(3);
        assertThat(factory.createdCount()).as("threads made by the given factory").isEqualTo(3);
    }

    @Test
    void queuesWithoutLimitOnceAllThreadsAreBusy() {
        ThreadPoolExecutor pool = pools.track(Exercise01_GrowToMaxBeforeQueueing.newPool(2, Duration.ofSeconds(30), factory));

        for (int i = 0; i < 1_000; i++) {
            pool.execute(pools.gate().task());
        }

        assertThat(pool.getPoolSize()).as("threads: never more than maxThreads").isEqualTo(2);
        assertThat(pool.getQueue()).as("the other 998 tasks wait in the queue").hasSize(998);
    }

    @Test
    void anIdlePoolShrinksToZeroThreadsAfterTheKeepAlive() throws InterruptedException {
        ThreadPoolExecutor pool = pools.track(Exercise01_GrowToMaxBeforeQueueing.newPool(3, Duration.ofMillis(50), factory));
        for (int i = 0; i < 3; i++) {
            pool.execute(pools.gate().task());
        }
        pools.gate().awaitStarted(3);
        pools.gate().open();

        await("an idle pool with 0 threads").atMost(Duration.ofSeconds(10)).until(() -> pool.getPoolSize() == 0);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(0, Duration.ofSeconds(1), factory))
                .as("maxThreads 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, Duration.ZERO, factory))
                .as("keep-alive 0").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, null, factory))
                .as("null keep-alive").isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Exercise01_GrowToMaxBeforeQueueing.newPool(1, Duration.ofSeconds(1), null))
                .as("null factory").isInstanceOf(NullPointerException.class);
    }
}
