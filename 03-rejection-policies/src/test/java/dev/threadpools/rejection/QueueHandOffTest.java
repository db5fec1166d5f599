package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The second recheck of {@link QueueHandOff}: a task it queues into a pool without a single worker
 * must still run, and run once. In a live pool this happens when the last worker times out between
 * the rejection and the hand-off; calling the policy directly on a pool that has no worker yet (core
 * size 0) makes that moment permanent, so the test does not depend on timing.
 *
 * <p>Once: the hand-off must take the task back out of the queue before it gives it to
 * {@code execute()}. Otherwise {@code execute()} finds the queue full, starts a worker with the task
 * as its first task, and that worker then finds the same task in the queue and runs it again.
 */
class QueueHandOffTest {

    @Test
    void aTaskQueuedIntoAPoolWithoutWorkersGetsAWorkerAndRuns() throws InterruptedException {
        assertTheTaskGetsAWorkerAndRunsOnce(new BlockingWithTimeoutPolicy(1, TimeUnit.SECONDS));
    }

    @Test
    void theRetryPolicyKeepsTheSameRule() throws InterruptedException {
        assertTheTaskGetsAWorkerAndRunsOnce(new RetryWithBackoffPolicy(1, Duration.ofMillis(1)));
    }

    private static void assertTheTaskGetsAWorkerAndRunsOnce(RejectedExecutionHandler policy)
            throws InterruptedException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        try {
            assertThat(pool.getPoolSize()).as("precondition: no worker").isZero();

            policy.rejectedExecution(() -> {
                runs.incrementAndGet();
                ran.countDown();
            }, pool);

            assertThat(ran.await(10, TimeUnit.SECONDS)).as("without a worker the task would wait forever").isTrue();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the pool terminates").isTrue();
        }
        // Terminated: no worker is left that could run the task again.
        assertThat(runs).as("the handed-off task runs exactly once").hasValue(1);
    }
}
