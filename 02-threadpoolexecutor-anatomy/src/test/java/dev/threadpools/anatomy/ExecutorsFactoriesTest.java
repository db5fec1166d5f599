package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.kit.Claim;
import dev.threadpools.kit.PoolsUnderTest;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Executors factory methods, read back from real instances: each is a constructor call. */
class ExecutorsFactoriesTest {

    @RegisterExtension
    final PoolsUnderTest pools = new PoolsUnderTest();

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    @Claim("J30")
    @Test
    void newFixedThreadPoolIsNThreadsWithAnUnboundedLinkedBlockingQueue() {
        var pool = (ThreadPoolExecutor) pools.track(Executors.newFixedThreadPool(4));

        assertThat(PoolParameters.of(pool)).isEqualTo(
                new PoolParameters(4, 4, Duration.ZERO, "LinkedBlockingQueue", UNBOUNDED, "AbortPolicy"));
    }

    @Claim("J33")
    @Test
    void newCachedThreadPoolIsZeroToUnlimitedThreadsWithASynchronousQueueAndSixtySecondKeepAlive() {
        var pool = (ThreadPoolExecutor) pools.track(Executors.newCachedThreadPool());

        assertThat(PoolParameters.of(pool)).isEqualTo(
                new PoolParameters(0, UNBOUNDED, Duration.ofSeconds(60), "SynchronousQueue", 0, "AbortPolicy"));
    }

    @Test
    void newScheduledThreadPoolIsNCoreThreadsWithAnUnboundedDelayQueue() {
        var pool = pools.track(Executors.newScheduledThreadPool(2));

        assertThat(pool).isInstanceOf(ScheduledThreadPoolExecutor.class);
        assertThat(PoolParameters.of((ThreadPoolExecutor) pool)).isEqualTo(
                new PoolParameters(2, UNBOUNDED, Duration.ofMillis(10), "DelayedWorkQueue", UNBOUNDED, "AbortPolicy"));
    }

    @Test
    void newSingleThreadExecutorIsWrappedSoItCannotBeReconfigured_unlikeAFixedPoolOfOne() {
        ExecutorService single = pools.track(Executors.newSingleThreadExecutor());
        ExecutorService fixedOfOne = pools.track(Executors.newFixedThreadPool(1));

        assertThat(single).isNotInstanceOf(ThreadPoolExecutor.class);
        assertThat(fixedOfOne).isInstanceOf(ThreadPoolExecutor.class);
        ((ThreadPoolExecutor) fixedOfOne).setMaximumPoolSize(8);
        ((ThreadPoolExecutor) fixedOfOne).setCorePoolSize(8);
        assertThat(((ThreadPoolExecutor) fixedOfOne).getCorePoolSize()).as("a 'single' thread pool no more").isEqualTo(8);
    }

    @Test
    void newSingleThreadExecutorRunsEveryTaskOnOneThreadInSubmissionOrder() throws Exception {
        ExecutorService single = pools.track(Executors.newSingleThreadExecutor());
        Set<Thread> runners = ConcurrentHashMap.newKeySet();
        StringBuffer order = new StringBuffer();
        for (int i = 0; i < 5; i++) {
            int id = i;
            single.execute(() -> {
                runners.add(Thread.currentThread());
                order.append(id);
            });
        }
        single.submit(() -> { }).get();

        assertThat(runners).hasSize(1);
        assertThat(order).hasToString("01234");
    }
}
