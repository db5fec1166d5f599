package dev.threadpools.rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadpools.kit.Claim;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The four built-in policies, each on a pool with one blocked worker and a full queue of two
 * ({@code queued-1}, {@code queued-2}), so that the next task is certain to be rejected. Each test
 * answers three questions: which task is affected, what the producer sees, and what {@code submit}
 * returns or throws.
 */
class BuiltInPoliciesOnASaturatedPoolTest {

    private static final String WORKER = "saturated-worker-1";

    @Claim({"J36", "J88"})
    @Test
    void theDefaultPolicyIsAbortPolicy() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        try {
            assertThat(pool.getRejectedExecutionHandler()).isInstanceOf(ThreadPoolExecutor.AbortPolicy.class);
        } finally {
            pool.shutdown();
        }
    }

    @Claim("J26")
    @Test
    void theHandlerIsCalledOnlyWhenTheQueueIsFullAndThePoolIsAtItsMaximum() throws InterruptedException {
        CountDownLatch secondWorkerBusy = new CountDownLatch(1);
        CountDownLatch releaseSecondWorker = new CountDownLatch(1);
        try (SaturatedPool saturated = new SaturatedPool(1, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.AbortPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();
            pool.setMaximumPoolSize(2);
            try {
                pool.execute(saturated.task("queued"));   // the core worker is busy: queued, not rejected
                assertThat(pool.getQueue()).as("queued while the queue had room").hasSize(1);
                assertThat(pool.getPoolSize()).as("no thread started for it").isEqualTo(1);
                pool.execute(() -> {                      // queue full, pool below maximum: a second worker
                    secondWorkerBusy.countDown();
                    awaitUninterruptibly(releaseSecondWorker);
                });
                assertThat(pool.getPoolSize()).as("a non-core thread started, not a rejection").isEqualTo(2);
                assertThat(secondWorkerBusy.await(10, TimeUnit.SECONDS)).as("the second worker runs its task").isTrue();

                // Both steps before the handler are exhausted: queue full, pool at its maximum.
                assertThatThrownBy(() -> pool.execute(saturated.task("rejected")))
                        .isInstanceOf(RejectedExecutionException.class);
            } finally {
                releaseSecondWorker.countDown(); // before close(), which waits for every worker
            }
        }
    }

    @Claim({"J36", "J88"})
    @Test
    void abortPolicyThrowsAtTheProducerAndLeavesTheQueueAlone() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.AbortPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();

            assertThatThrownBy(() -> pool.execute(saturated.task("rejected")))
                    .isInstanceOf(RejectedExecutionException.class)
                    .hasMessageContaining("Task rejected rejected from")   // task.toString(), then the pool
                    .hasMessageContaining("queued tasks = 2");
            assertThatThrownBy(() -> pool.submit(saturated.task("rejected-submit")))
                    .as("submit throws too: no Future is returned")
                    .isInstanceOf(RejectedExecutionException.class);

            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-1", "queued-2");
        }
    }

    @Claim({"J37", "J88", "J96"})
    @Test
    void callerRunsPolicyRunsTheTaskOnTheProducerBeforeExecuteReturns() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.CallerRunsPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();

            pool.execute(saturated.task("extra"));

            // Ran already, on this thread, while the worker is still blocked and the queue still full.
            assertThat(saturated.ranLabels()).containsExactly("extra");
            assertThat(saturated.threadThatRan("extra")).isEqualTo(Thread.currentThread().getName());
            assertThat(pool.getQueue()).hasSize(2);
            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("extra", "queued-1", "queued-2");
            assertThat(saturated.threadThatRan("queued-1")).isEqualTo(WORKER);
        }
    }

    @Test
    void callerRunsPolicyReturnsAFutureThatIsAlreadyDone() throws Exception {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.CallerRunsPolicy())) {
            Future<String> future = saturated.executor().submit(() -> Thread.currentThread().getName());

            assertThat(future).isDone();
            assertThat(future.get()).isEqualTo(Thread.currentThread().getName());
        }
    }

    @Claim({"J39", "J88"})
    @Test
    void discardPolicyDropsTheNewTaskAndTheProducerSeesNothing() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.DiscardPolicy())) {
            saturated.executor().execute(saturated.task("dropped")); // returns normally

            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-1", "queued-2");
        }
    }

    @Claim({"J39", "J88"})
    @Test
    void discardPolicyReturnsAFutureThatNeverCompletes() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.DiscardPolicy())) {
            Future<?> future = saturated.executor().submit(saturated.task("dropped"));

            saturated.releaseAndAwaitTermination();

            // The pool has terminated, and still: not done, not cancelled. An untimed get() would
            // block forever; the timed one shows it.
            assertThat(future).isNotDone().isNotCancelled();
            assertThatThrownBy(() -> future.get(50, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        }
    }

    @Claim({"J40", "J88"})
    @Test
    void discardOldestPolicyDropsTheHeadOfTheQueueAndQueuesTheNewTask() {
        try (SaturatedPool saturated = SaturatedPool.saturate(1, 2, new ThreadPoolExecutor.DiscardOldestPolicy())) {
            saturated.executor().execute(saturated.task("newest"));

            assertThat(saturated.releaseAndAwaitTermination()).containsExactly("queued-2", "newest");
        }
    }

    @Claim({"J40", "J88"})
    @Test
    void discardOldestPolicyLeavesTheDiscardedTasksFutureIncomplete() throws Exception {
        try (SaturatedPool saturated = new SaturatedPool(1, new ArrayBlockingQueue<>(1),
                new ThreadPoolExecutor.DiscardOldestPolicy())) {
            ThreadPoolExecutor pool = saturated.executor();
            Future<?> oldest = pool.submit(saturated.task("oldest"));
            Future<?> newest = pool.submit(saturated.task("newest"));   // queue full: "oldest" is polled

            saturated.releaseAndAwaitTermination();

            assertThat(newest.get(10, TimeUnit.SECONDS)).isNull();
            assertThat(saturated.ranLabels()).containsExactly("newest");
            assertThat(oldest).as("polled from the queue, never run, never cancelled").isNotDone();
            assertThatThrownBy(() -> oldest.get(50, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        }
    }

    /** Waits like a blocked worker would; the caller's finally block always opens the latch. */
    static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
