package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The second recheck of {@link QueueHandOff}: a task it queues into a pool without a single worker
 * must still run. In a live pool this happens when the last worker times out between the rejection
 * and the hand-off; calling the policy directly on a pool that has no worker yet (core size 0) makes
 * that moment permanent, so the test does not depend on timing.
 */
class QueueHandOffTest {

    @Test
    void aTaskQueuedIntoAPoolWithoutWorkersGetsAWorkerAndRuns() throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            assertThat(pool.getPoolSize()).isZero();
            CountDownLatch ran = new CountDownLatch(1);

            new BlockingWithTimeoutPolicy(1, TimeUnit.SECONDS).rejectedExecution(ran::countDown, pool);

            assertThat(ran.await(10, TimeUnit.SECONDS)).as("without a worker the task would wait forever").isTrue();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theRetryPolicyKeepsTheSameRule() throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            CountDownLatch ran = new CountDownLatch(1);

            new RetryWithBackoffPolicy(1, Duration.ofMillis(1)).rejectedExecution(ran::countDown, pool);

            assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
